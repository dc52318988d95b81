using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Triage.EndToEnd.Tests.ClinicApp;

/// <summary>A case entered with no link at all: assessed on the terminal, queued, and still queued after the browser and the app are closed.</summary>
public sealed class OfflineEntryTests : IClassFixture<ClinicAppFixture>
{
    private readonly ClinicAppFixture fixture;

    public OfflineEntryTests(ClinicAppFixture fixture) => this.fixture = fixture;

    [Fact]
    public async Task A_case_typed_in_russian_with_the_keyboard_only_is_assessed_offline_and_stays_queued_after_closing_the_browser_and_the_app()
    {
        string caseUrl;
        await using (var browser = await fixture.LaunchAsync())
        {
            var page = await browser.OpenAsync();
            await Expect(page.Locator("#link")).ToHaveAttributeAsync("data-state", "Offline");
            await Expect(page.Locator("#entry-patient-ref")).ToBeFocusedAsync();
            await ClinicPages.TabToAsync(page, "#language", backwards: true);
            await page.Keyboard.PressAsync("Home");
            await Expect(page.Locator("#entry-form h1")).ToHaveTextAsync("Жаңа жағдай");
            await page.Keyboard.PressAsync("ArrowDown");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
            await Expect(page.Locator("#entry-form h1")).ToHaveTextAsync("Новый случай");

            await ClinicPages.TypeIntoAsync(page, "#entry-patient-ref", "П-0417");
            await ClinicPages.TypeIntoAsync(page, "#entry-age-years", "67");
            await ClinicPages.TabToAsync(page, "#entry-sex");
            await page.Keyboard.PressAsync("ArrowDown");
            await Expect(page.Locator("#entry-sex")).ToHaveValueAsync("FEMALE");
            await ClinicPages.TabToAsync(page, "#entry-insurance");
            await page.Keyboard.PressAsync("ArrowDown");
            await ClinicPages.TypeIntoAsync(page, "#entry-complaint", "Жар и кашель три дня, сегодня путается");
            await ClinicPages.TypeIntoAsync(page, "#entry-respiratory-rate", "26");
            await Expect(page.Locator("#entry-respiratory-rate-score")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("news2-3"));
            await ClinicPages.TypeIntoAsync(page, "#entry-spo2-percent", "91");
            await ClinicPages.TypeIntoAsync(page, "#entry-systolic-bp", "98");
            await ClinicPages.TypeIntoAsync(page, "#entry-diastolic-bp", "60");
            await ClinicPages.TypeIntoAsync(page, "#entry-heart-rate", "118");
            await ClinicPages.TypeIntoAsync(page, "#entry-temperature-c", "38,9");
            await ClinicPages.TabToAsync(page, "#entry-consciousness");
            await page.Keyboard.PressAsync("ArrowDown");
            await page.Keyboard.PressAsync("ArrowDown");
            await Expect(page.Locator("#entry-consciousness")).ToHaveValueAsync("NEW_CONFUSION");
            await Expect(page.Locator("#entry-news2-live")).ToHaveTextAsync("NEWS2 по введённым показателям: 14");
            await Expect(page.Locator("#entry-spo2-percent-score")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("news2-3"));
            await Expect(page.Locator("#entry-consciousness-score")).ToHaveTextAsync("3");

            await ClinicPages.TypeIntoAsync(page, "#symptom-search", "лихорад");
            await ClinicPages.TabToAsync(page, "#symptom-FEVER");
            await page.Keyboard.PressAsync("Space");
            await ClinicPages.TabToAsync(page, "#symptom-search", backwards: true);
            await page.Keyboard.PressAsync("Control+A");
            await page.Keyboard.TypeAsync("кашель");
            await ClinicPages.TabToAsync(page, "#symptom-COUGH");
            await page.Keyboard.PressAsync("Space");
            await ClinicPages.ScreenshotAsync(page, "clinic-entry");
            await ClinicPages.TabToAsync(page, "#entry-save");
            await page.Keyboard.PressAsync("Enter");

            await Expect(page.Locator("#result-source")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("local"));
            await Expect(page.Locator("#assessment .badge")).ToHaveTextAsync("Экстренно");
            await Expect(page.Locator("#advice")).ToContainTextAsync("скорую помощь");
            await Expect(page.Locator("#red-flags")).Not.ToBeEmptyAsync();
            await Expect(page.Locator("#outbox-state")).ToHaveTextAsync("В очереди");
            await ClinicPages.ScreenshotAsync(page, "clinic-result");
            caseUrl = page.Url;

            await page.ClickAsync("#open-letter");
            await Expect(page.Locator("#letter h1")).ToHaveTextAsync("Направление");
            await Expect(page.Locator("#letter")).ToContainTextAsync("П-0417");
            await Expect(page.Locator("#letter")).ToContainTextAsync("Лихорадка, Кашель");
            await Expect(page.Locator("#letter-advice")).ToContainTextAsync("скорую помощь");
            await Expect(page.Locator("#letter-source")).ToContainTextAsync("Оценка этого терминала");
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            await Expect(page.Locator("header.bar")).ToBeHiddenAsync();
            await Expect(page.Locator("#print-letter")).ToBeHiddenAsync();
            await Expect(page.Locator("#letter-advice")).ToBeVisibleAsync();
        }

        await fixture.RestartAppAsync();
        await using (var browser = await fixture.LaunchAsync())
        {
            var page = await browser.OpenAsync("#outbox");
            await page.SelectOptionAsync("#language", "ru");
            var row = page.Locator("#outbox-table tbody tr", new() { HasText = "П-0417" });
            await Expect(row.Locator("td.state")).ToHaveTextAsync("В очереди");
            await Expect(row).ToContainTextAsync("(терминал)");
            await Expect(page.Locator("#link")).ToContainTextAsync("ждут отправки: 1");
            await ClinicPages.ScreenshotAsync(page, "clinic-outbox");
            await page.GotoAsync(caseUrl);
            await Expect(page.Locator("#outbox-state")).ToHaveTextAsync("В очереди");
        }
    }
}
