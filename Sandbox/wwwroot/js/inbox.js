// A rep's Teams-like inbox: fetches the cards that mention them and renders each with Microsoft's Adaptive Cards
// renderer (npm "adaptivecards"), as Teams renders a card a Workflows flow posts. Card buttons follow their links.
(function () {
  'use strict';
  var container = document.getElementById('cards');
  var status = document.getElementById('inbox-status');
  if (!container || !status) { return; }
  if (typeof AdaptiveCards === 'undefined') {
    status.textContent = 'The Adaptive Cards renderer is not installed: run scripts/sandbox-assets.sh, then reload.';
    return;
  }

  var shown = {};
  var hostConfig = new AdaptiveCards.HostConfig({
    fontFamily: '"Segoe UI", system-ui, sans-serif',
    actions: { actionsOrientation: 'horizontal', buttonSpacing: 8, maxActions: 6 },
  });

  // Teams shows <at>Name</at> as a highlighted mention; the renderer would print the tags, so show what Teams shows.
  function asTeamsShowsIt(card) {
    return JSON.parse(JSON.stringify(card).split('<at>').join('@').split('</at>').join(''));
  }

  function render(post) {
    var article = document.createElement('article');
    article.className = 'teams-post';
    article.setAttribute('data-post', post.id);
    var meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = 'Lead Handover (Workflows) · ' + post.receivedOn;
    var card = new AdaptiveCards.AdaptiveCard();
    card.hostConfig = hostConfig;
    card.onExecuteAction = function (action) {
      if (action instanceof AdaptiveCards.OpenUrlAction && action.url) {
        window.location.assign(action.url);
      }
    };
    card.parse(asTeamsShowsIt(post.card));
    var rendered = card.render();
    article.setAttribute('aria-label', 'Card received ' + post.receivedOn);
    article.appendChild(meta);
    if (rendered) { article.appendChild(rendered); }
    return article;
  }

  function refresh() {
    fetch(container.getAttribute('data-feed'), { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (posts) {
        // The feed is newest first; add what is new above what is already shown.
        for (var i = posts.length - 1; i >= 0; i--) {
          if (!shown[posts[i].id]) {
            shown[posts[i].id] = true;
            container.insertBefore(render(posts[i]), container.firstChild);
          }
        }
        status.textContent = posts.length === 0 ? 'No cards yet.' : posts.length + (posts.length === 1 ? ' card.' : ' cards.');
      })
      .catch(function () { status.textContent = 'The inbox could not be refreshed; is the sandbox still running?'; });
  }

  refresh();
  setInterval(refresh, 2000);
}());
