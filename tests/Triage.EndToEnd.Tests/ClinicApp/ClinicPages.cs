using Microsoft.Playwright;

namespace Triage.EndToEnd.Tests.ClinicApp;

/// <summary>What a feldsher does with the keyboard alone, and the app's screenshots.</summary>
public static class ClinicPages
{
    /// <summary>Presses Tab (or Shift+Tab) until <paramref name="selector"/> has the focus, as a keyboard user moves through a form.</summary>
    public static async Task TabToAsync(IPage page, string selector, bool backwards = false)
    {
        for (var presses = 0; presses < 150; presses++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
        }

        throw new InvalidOperationException($"Tab never reached {selector}");
    }

    /// <summary>Moves to a field with Tab and types into it.</summary>
    public static async Task TypeIntoAsync(IPage page, string selector, string text)
    {
        await TabToAsync(page, selector);
        await page.Keyboard.TypeAsync(text);
    }

    public static Task ScreenshotAsync(IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ConsoleFixture.Screenshots, $"{name}.png"), FullPage = fullPage });
}
