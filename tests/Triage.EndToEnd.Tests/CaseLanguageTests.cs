using System.Globalization;
using System.Text.RegularExpressions;
using Google.Protobuf.WellKnownTypes;
using Triage.Contracts.V1;
using Triage.Testing;
using static Microsoft.Playwright.Assertions;

namespace Triage.EndToEnd.Tests;

/// <summary>A case page reads as Kazakh, Russian or English throughout: names instead of codes, dates as people write them.</summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class CaseLanguageTests(ConsoleFixture fixture)
{
    /// <summary>Score names that people read as words; anything else in capitals and digits is a code leaking through.</summary>
    private static readonly string[] ClinicalAbbreviations = ["NEWS2", "ACVPU"];

    [Theory]
    [InlineData("ru", "Подозрение на сепсис (qSOFA)", "NEWS2 высокая (7 и более)", "уровень сознания (ACVPU)")]
    [InlineData("kk", "Сепсиске күдік (qSOFA)", "NEWS2 жоғары (7 және одан көп)", "сана деңгейі (ACVPU)")]
    public async Task Red_flags_and_findings_show_names_not_codes(string language, string sepsis, string news2High, string consciousness)
    {
        await using var colleague = await SpecialistClient.ConnectAsync(fixture.Host, ConsoleFixture.SpecialistB);
        await using var browser = await fixture.LaunchAsync();
        var page = await ConsolePages.SignInAsync(browser, ConsoleFixture.SpecialistA, language);
        // Febrile, fast breathing, low blood pressure, consciousness not assessed: sepsis by qSOFA, NEWS2 high and incomplete.
        var report = SampleCases.EmergencyAdult(c =>
        {
            c.Language = language;
            c.Vitals.Consciousness = Consciousness.Unspecified;
            c.Vitals.TemperatureC = 38.9;
            c.Symptoms.Add(Symptom.Fever);
        });

        var consult = await ConsultScenes.OpenCaseAsync(page, fixture.Host, colleague, report);

        var redFlags = page.Locator("#red-flags li");
        await Expect(redFlags.Filter(new() { HasText = sepsis })).ToHaveCountAsync(1);
        await Expect(redFlags.Filter(new() { HasText = news2High })).ToHaveCountAsync(1);
        await Expect(page.Locator("#missing-vitals")).ToContainTextAsync(consciousness);
        // The engine's own sentence about the incomplete score names the missing sign in the case's language too.
        await Expect(page.Locator("#assessment ul:not(#red-flags) li", new() { HasText = "NEWS2" }).Filter(new() { HasText = consciousness })).ToHaveCountAsync(1);
        var shown = (await page.Locator("#assessment li").AllInnerTextsAsync()).Append(await page.Locator("#missing-vitals").InnerTextAsync()).ToList();
        Assert.All(shown, text => Assert.Empty(RawCode().Matches(text).Select(m => m.Value).Except(ClinicalAbbreviations)));
        Assert.All(shown, text => Assert.DoesNotMatch(WireName(), text));
        await ConsolePages.ScreenshotAsync(page, $"case-names-{language}");
        await ConsultScenes.ConcludeAsync(colleague, consult.ConsultId);
    }

    [Fact]
    public async Task Dates_and_times_read_naturally_in_kazakh_russian_and_english()
    {
        await using var colleague = await SpecialistClient.ConnectAsync(fixture.Host, ConsoleFixture.SpecialistB);
        await using var browser = await fixture.LaunchAsync();
        var page = await ConsolePages.SignInAsync(browser, ConsoleFixture.SpecialistA, "kk");
        var recorded = DateTimeOffset.UtcNow.AddMinutes(-30);
        var consult = await ConsultScenes.OpenCaseAsync(page, fixture.Host, colleague, SampleCases.EmergencyAdult(c => c.RecordedAt = Timestamp.FromDateTimeOffset(recorded)));
        // The browser shows times in the machine's time zone, as this process sees it.
        var local = recorded.ToLocalTime();
        var expected = new Dictionary<string, string>
        {
            ["kk"] = local.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture),
            ["ru"] = local.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture),
            ["en"] = local.ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture),
        };

        foreach (var (language, text) in expected)
        {
            await page.SelectOptionAsync("#language", language);
            await Expect(page.Locator("#history tbody tr td").First).ToHaveTextAsync(text);
        }

        await ConsultScenes.ConcludeAsync(colleague, consult.ConsultId);
    }

    [GeneratedRegex(@"\b[A-Z0-9_]{4,}\b")]
    private static partial Regex RawCode();

    /// <summary>A contract field name such as respiratory_rate, or a bare English one such as consciousness.</summary>
    [GeneratedRegex(@"\b[a-z0-9]+_[a-z0-9_]+\b|\bconsciousness\b")]
    private static partial Regex WireName();
}
