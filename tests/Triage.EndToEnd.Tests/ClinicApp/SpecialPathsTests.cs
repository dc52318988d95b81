using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Triage.EndToEnd.Tests.ClinicApp;

/// <summary>A child, a pregnant woman and an extreme value each take their own path through the entry form.</summary>
public sealed class SpecialPathsTests : IClassFixture<ClinicAppFixture>
{
    private readonly ClinicAppFixture fixture;

    public SpecialPathsTests(ClinicAppFixture fixture) => this.fixture = fixture;

    [Fact]
    public async Task A_baby_is_scored_against_the_bands_for_her_age_and_not_by_NEWS2()
    {
        await using var browser = await fixture.LaunchAsync();
        var page = await OpenInEnglishAsync(browser);
        await page.FillAsync("#entry-age-years", "0");
        await page.FillAsync("#entry-age-months", "6");
        await page.SelectOptionAsync("#entry-sex", "FEMALE");
        await Expect(page.Locator("#entry-child-note")).ToBeVisibleAsync();
        await Expect(page.Locator("#entry-pregnancy")).ToBeHiddenAsync();
        await page.FillAsync("#entry-respiratory-rate", "62");
        await page.FillAsync("#entry-heart-rate", "140");
        await Expect(page.Locator("#entry-respiratory-rate-score")).ToHaveTextAsync("abnormal for age");
        await Expect(page.Locator("#entry-respiratory-rate-score")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("news2-3"));
        await Expect(page.Locator("#entry-heart-rate-score")).ToHaveTextAsync("normal for age");
        await page.FillAsync("#entry-spo2-percent", "88");
        await Expect(page.Locator("#entry-spo2-percent-score")).ToHaveTextAsync("abnormal for age");
        await page.CheckAsync("#symptom-UNABLE_TO_DRINK_OR_FEED");
        await page.ClickAsync("#entry-save");

        await Expect(page.Locator("#assessment")).ToContainTextAsync("Paediatrics");
        await Expect(page.Locator("#red-flags")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("#result-column")).ToContainTextAsync("NEWS2 does not apply");
    }

    [Fact]
    public async Task A_pregnant_woman_is_asked_for_her_gestation_and_assessed_by_the_obstetric_rules()
    {
        await using var browser = await fixture.LaunchAsync();
        var page = await OpenInEnglishAsync(browser);
        await page.FillAsync("#entry-age-years", "28");
        await Expect(page.Locator("#entry-pregnancy")).ToBeHiddenAsync();
        await page.SelectOptionAsync("#entry-sex", "FEMALE");
        await Expect(page.Locator("#entry-pregnancy")).ToBeVisibleAsync();
        await page.CheckAsync("#entry-pregnant");
        await Expect(page.Locator("#entry-gestation")).ToBeVisibleAsync();
        await page.FillAsync("#entry-gestation-weeks", "34");
        await page.FillAsync("#entry-systolic-bp", "165");
        await page.FillAsync("#entry-diastolic-bp", "112");
        await Expect(page.Locator("#entry-news2-live")).ToHaveTextAsync("NEWS2 does not apply in pregnancy.");
        await page.FillAsync("#symptom-search", "vision");
        await Expect(page.Locator("#symptom-HEADACHE")).ToBeHiddenAsync();
        await page.CheckAsync("#symptom-VISUAL_DISTURBANCE");
        await page.FillAsync("#symptom-search", "");
        await page.CheckAsync("#symptom-HEADACHE");
        await page.ClickAsync("#entry-save");

        await Expect(page.Locator("#assessment .badge")).ToHaveTextAsync("Emergency");
        await Expect(page.Locator("#assessment")).ToContainTextAsync("Obstetrics");
        await Expect(page.Locator("#patient")).ToContainTextAsync("Pregnant, 34 weeks");
    }

    [Fact]
    public async Task A_value_out_of_bounds_is_explained_and_an_extreme_but_possible_one_is_saved_only_once_confirmed()
    {
        await using var browser = await fixture.LaunchAsync();
        var page = await OpenInEnglishAsync(browser);
        await page.FillAsync("#entry-patient-ref", "P-EXTREME");
        await page.FillAsync("#entry-age-years", "40");
        await page.FillAsync("#entry-temperature-c", "thirty");
        await page.FillAsync("#entry-heart-rate", "2500");
        await page.ClickAsync("#entry-save");
        await Expect(page.Locator("#entry-temperature-c-message")).ToHaveTextAsync("“thirty” is not a number.");
        await Expect(page.Locator("#entry-heart-rate-message")).ToContainTextAsync("Allowed from");
        await Expect(page.Locator("#entry-errors")).ToHaveTextAsync("Please correct the marked fields.");
        await Expect(page.Locator("#entry-heart-rate")).ToBeFocusedAsync();

        await page.FillAsync("#entry-temperature-c", "36,6");
        await page.FillAsync("#entry-heart-rate", "250");
        await Expect(page.Locator("#entry-heart-rate-message")).ToContainTextAsync("Unusual value");
        await page.ClickAsync("#entry-save");
        await Expect(page.Locator("#entry-confirm")).ToContainTextAsync("Pulse: 250");
        await Expect(page.Locator("#entry-form")).ToBeVisibleAsync();
        await page.ClickAsync("#entry-confirm button.confirm");
        await Expect(page.Locator("#outbox-state")).ToHaveTextAsync("Queued");
        await Expect(page.Locator("#vitals")).ToContainTextAsync("250 /min");

        await page.SelectOptionAsync("#language", "kk");
        await Expect(page.Locator("#outbox-state")).ToHaveTextAsync("Кезекте");
        await page.ClickAsync("#nav-new");
        await Expect(page.Locator("#entry-form h1")).ToHaveTextAsync("Жаңа жағдай");
        await Expect(page.Locator("label:has(#symptom-COUGH)")).ToHaveTextAsync(" Жөтел");
    }

    [Fact]
    public async Task The_language_chosen_is_kept_after_a_reload_and_the_range_checks_speak_it()
    {
        await using var browser = await fixture.LaunchAsync();
        var page = await browser.OpenAsync();
        await page.SelectOptionAsync("#language", "kk");
        await page.ReloadAsync();
        await Expect(page.Locator("#language")).ToHaveValueAsync("kk");
        await Expect(page.Locator("#entry-form h1")).ToHaveTextAsync("Жаңа жағдай");
        await page.FillAsync("#entry-heart-rate", "2500");
        await Expect(page.Locator("#entry-heart-rate-message")).ToHaveTextAsync("Рұқсат етілген аралық: 10–350 /мин; енгізілгені: 2500.");
        await page.FillAsync("#entry-heart-rate", "250");
        await Expect(page.Locator("#entry-heart-rate-message")).ToHaveTextAsync("Әдеттен тыс мән — тексеріңіз; сақтағанда растауды сұраймыз.");
    }

    private static async Task<IPage> OpenInEnglishAsync(Chromium.Browser browser)
    {
        var page = await browser.OpenAsync();
        await page.SelectOptionAsync("#language", "en");
        await Expect(page.Locator("#entry-form h1")).ToHaveTextAsync("New case");
        return page;
    }
}
