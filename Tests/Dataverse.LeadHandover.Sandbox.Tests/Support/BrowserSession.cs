using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Sandbox.Tests.Support;

/// <summary>
/// One headless Chromium for every browser test. Playwright's own browser download is not available everywhere, so
/// it drives the distribution's Chromium (installed by scripts/sandbox-assets.sh) through its executable path, with
/// the flags a closed network and a root user need. Tests skip as Inconclusive only when that Chromium is missing.
/// </summary>
internal static class BrowserSession
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IPlaywright? playwright;
    private static IBrowser? browser;

    public static async Task<IBrowserContext> NewContextAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Inconclusive("Chromium is not installed at " + ChromiumPath + "; run scripts/sandbox-assets.sh (it installs Debian's chromium with apt-get) and run the tests again.");
        }

        await Gate.WaitAsync();
        try
        {
            playwright ??= await Playwright.CreateAsync();
            browser ??= await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = Flags });
        }
        finally
        {
            Gate.Release();
        }

        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "en-GB" });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    public static async Task CloseAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
