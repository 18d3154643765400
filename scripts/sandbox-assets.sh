#!/usr/bin/env bash
# Installs what the sandbox and its browser tests need on a fresh machine. Safe to run again: it does nothing
# when both are already there, and it prints only what it changes.
#
#   scripts/sandbox-assets.sh                  both of the below
#   scripts/sandbox-assets.sh adaptivecards    Microsoft's Adaptive Cards renderer (npm "adaptivecards", pinned by
#                                              Sandbox/client/package-lock.json) copied to Sandbox/wwwroot/lib
#   scripts/sandbox-assets.sh chromium         the distribution's Chromium for the Playwright tests: Playwright's own
#                                              browser download is not available everywhere, so the tests launch
#                                              this one through its executable path (/usr/bin/chromium)
#
# A missing Chromium is not fatal here (the sandbox itself runs without it); the browser tests then report
# Inconclusive with the reason. A missing renderer is fatal: the sandbox's inbox cannot show cards without it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
client="$root/Sandbox/client"
target="$root/Sandbox/wwwroot/lib/adaptivecards"
stamp="$target/.installed-from-lock"

adaptivecards() {
  local lock_hash
  lock_hash="$(sha256sum "$client/package-lock.json" | cut -d' ' -f1)"
  if [[ -f "$target/adaptivecards.min.js" && -f "$stamp" && "$(cat "$stamp")" == "$lock_hash" ]]; then
    return 0
  fi
  command -v npm >/dev/null || { echo "sandbox-assets.sh: npm is required to install the Adaptive Cards renderer (Node.js 20 or later)." >&2; exit 1; }
  echo "sandbox-assets.sh: installing the Adaptive Cards renderer into Sandbox/wwwroot/lib" >&2
  # npm ci installs exactly what the lock file pins; --prefer-offline reuses the npm cache when it can.
  (cd "$client" && npm ci --no-audit --no-fund --prefer-offline --loglevel=error >&2)
  mkdir -p "$target"
  local dist="$client/node_modules/adaptivecards/dist"
  # The bundle, the licence notices of what it bundles, and the package's own MIT licence travel together.
  cp "$dist/adaptivecards.min.js" "$dist/adaptivecards.min.js.LICENSE.txt" "$target/"
  cp "$client/node_modules/adaptivecards/LICENSE" "$target/LICENSE.txt"
  echo "$lock_hash" >"$stamp"
}

chromium_path() {
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
    if [[ -x "$candidate" ]]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

chromium() {
  if chromium_path >/dev/null; then
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1 || [[ "$(id -u)" != "0" ]]; then
    echo "sandbox-assets.sh: Chromium is missing and cannot be installed here (needs apt-get as root); install the 'chromium' package to run the browser tests." >&2
    return 0
  fi
  echo "sandbox-assets.sh: installing Debian's chromium for the browser tests" >&2
  if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null; }; then
    echo "sandbox-assets.sh: apt-get could not install chromium; the browser tests will report Inconclusive." >&2
    return 0
  fi
  chromium_path >/dev/null || echo "sandbox-assets.sh: chromium installed but not found at /usr/bin/chromium." >&2
}

case "${1:-all}" in
  all) adaptivecards; chromium ;;
  adaptivecards) adaptivecards ;;
  chromium) chromium ;;
  *) echo "usage: $0 [all|adaptivecards|chromium]" >&2; exit 2 ;;
esac
