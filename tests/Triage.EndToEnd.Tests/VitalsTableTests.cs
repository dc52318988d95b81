using Triage.Testing;
using static Microsoft.Playwright.Assertions;

namespace Triage.EndToEnd.Tests;

/// <summary>The vitals table scores only what NEWS2 scores: adults who are not pregnant, and readings that were taken.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class VitalsTableTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task A_childs_readings_show_without_NEWS2_scores_which_do_not_apply_to_children()
    {
        await using var colleague = await SpecialistClient.ConnectAsync(fixture.Host, ConsoleFixture.SpecialistB);
        await using var browser = await fixture.LaunchAsync();
        var page = await ConsolePages.SignInAsync(browser, ConsoleFixture.SpecialistA);
        // A breathless 4-year-old: an emergency by the paediatric danger signs, never by NEWS2 (RCP NEWS2 2017: adults only).
        var child = SampleCases.HealthyAdult(c =>
        {
            c.Patient.AgeYears = 4;
            (c.Vitals.RespiratoryRate, c.Vitals.Spo2Percent, c.Vitals.HeartRate) = (62, 86, 170);
            c.Vitals.ClearSystolicBp();
            c.Vitals.ClearDiastolicBp();
        });

        var consult = await ConsultScenes.OpenCaseAsync(page, fixture.Host, colleague, child);

        await Expect(page.Locator("#vitals caption")).ToContainTextAsync("NEWS2 does not apply");
        await Expect(page.Locator("#vitals tbody tr", new() { HasText = "Respiration rate" })).ToContainTextAsync("62 /min");
        var scores = await page.Locator("#vitals td.score").AllInnerTextsAsync();
        Assert.True(scores.Count >= 7, $"{scores.Count} score cells");
        Assert.All(scores, score => Assert.Equal("", score));
        await Expect(page.Locator("#news2-total")).ToHaveCountAsync(0);
        await Expect(page.Locator("table.history tbody tr td:nth-child(2)")).ToHaveTextAsync("–");
        await ConsultScenes.ConcludeAsync(colleague, consult.ConsultId);
    }
}
