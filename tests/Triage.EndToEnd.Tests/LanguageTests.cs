using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Triage.EndToEnd.Tests;

/// <summary>The language switch relabels the page at once, and dates follow the chosen culture.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class LanguageTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task Switching_between_kazakh_russian_and_english_changes_every_label()
    {
        await using var browser = await fixture.LaunchAsync();
        var page = await browser.OpenAsync();
        var expected = new Dictionary<string, (string Title, string Password, string Lang)>
        {
            ["kk"] = ("Triage консоліне кіру", "Құпиясөз", "kk"),
            ["ru"] = ("Вход в консоль Triage", "Пароль", "ru"),
            ["en"] = ("Sign in to the Triage console", "Password", "en"),
        };

        foreach (var (language, (title, password, lang)) in expected)
        {
            await page.SelectOptionAsync("#language", language);
            await Expect(page.Locator("#sign-in h1")).ToHaveTextAsync(title);
            await Expect(page.Locator("label[for=password]")).ToHaveTextAsync(password);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);
        }

        await page.SelectOptionAsync("#language", "kk");
        var signedIn = await ConsolePages.SignInAsync(browser, ConsoleFixture.SpecialistB, "kk");
        await Expect(signedIn.Locator("#queue-table caption")).ToHaveTextAsync("Күтіп тұрған және алынған кеңестер, алдымен шұғылдары");
        await Expect(signedIn.Locator("#sign-out")).ToHaveTextAsync("Шығу");
        await signedIn.SelectOptionAsync("#language", "ru");
        await Expect(signedIn.Locator("#queue-table caption")).ToHaveTextAsync("Ожидающие и взятые консультации, экстренные первыми");
        await Expect(signedIn.Locator("#nav-queue")).ToHaveTextAsync("Очередь");
    }
}
