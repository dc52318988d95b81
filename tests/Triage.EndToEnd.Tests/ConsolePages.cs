using Microsoft.Playwright;

namespace Triage.EndToEnd.Tests;

/// <summary>What a person does on every visit: choose a language and sign in.</summary>
public static class ConsolePages
{
    public static async Task<IPage> SignInAsync(Chromium.Browser browser, string userName, string language = "en")
    {
        var page = await browser.OpenAsync();
        await page.SelectOptionAsync("#language", language);
        await page.FillAsync("#user-name", userName);
        await page.FillAsync("#password", ConsoleFixture.Password);
        await page.ClickAsync("#sign-in button[type=submit]");
        await page.WaitForSelectorAsync("#sign-out", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible });
        return page;
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ConsoleFixture.Screenshots, $"{name}.png"), FullPage = true });
}
