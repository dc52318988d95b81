using Microsoft.Playwright;

namespace Triage.EndToEnd.Tests;

/// <summary>
/// Debian's chromium package driven by Playwright; no browser is downloaded. Each browser gets its own empty
/// profile, and the flags keep it from reaching out to the network on its own.
/// </summary>
public static class Chromium
{
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("TRIAGE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>A fresh browser with a 1366×768 window, as on a clinic laptop; the profile folder goes with it.</summary>
    /// <param name="extraFlags">More switches, e.g. a fake camera and microphone for calls.</param>
    public static async Task<Browser> LaunchAsync(IPlaywright playwright, Uri baseAddress, params string[] extraFlags)
    {
        var profile = Directory.CreateTempSubdirectory("triage-chromium-");
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = [.. Flags, .. extraFlags],
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(20_000);
        return new Browser(context, profile);
    }

    public sealed class Browser(IBrowserContext context, DirectoryInfo profile) : IAsyncDisposable
    {
        public IBrowserContext Context { get; } = context;

        public async Task<IPage> OpenAsync(string path = "/")
        {
            var page = Context.Pages.FirstOrDefault() ?? await Context.NewPageAsync();
            await page.GotoAsync(path);
            return page;
        }

        public async ValueTask DisposeAsync()
        {
            await Context.CloseAsync();
            profile.Delete(recursive: true);
        }
    }
}
