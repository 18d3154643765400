using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Sandbox.Tests.Support;

/// <summary>Saves what the browser showed under TestResults/screenshots (git-ignored) and attaches it to the test result.</summary>
internal static class Screenshots
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot.Path, "TestResults", "screenshots");

    public static async Task SaveAsync(IPage page, TestContext context, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        context.AddResultFile(path);
    }
}
