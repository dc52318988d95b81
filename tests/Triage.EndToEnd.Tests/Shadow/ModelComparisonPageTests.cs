using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Triage.EndToEnd.Tests.Shadow;

/// <summary>
/// The reports page sets a candidate model scored in shadow beside the active advice, with the JSON report's figures,
/// and shows no comparison when no candidate ran.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ModelComparisonPageTests(ConsoleFixture console, ShadowConsoleFixture shadow) : IClassFixture<ShadowConsoleFixture>
{
    [Fact]
    public async Task The_reports_page_compares_the_candidate_in_shadow_with_the_active_advice_as_the_json_report_does()
    {
        await using var browser = await Chromium.LaunchAsync(console.Playwright, shadow.Host.WebAddress);
        var page = await ConsolePages.SignInAsync(browser, ConsoleFixture.Admin);
        await Expect(page.Locator("#report-figures")).ToBeVisibleAsync();
        var report = await ReloadReportAsync(page);

        var comparisons = report.GetProperty("accuracy").GetProperty("modelComparisons");
        var comparison = Assert.Single(comparisons.EnumerateArray().ToList());
        Assert.Equal(5, comparison.GetProperty("compared").GetInt32());
        var table = page.Locator("#comparison-0");
        await Expect(page.Locator("#comparisons-heading")).ToHaveTextAsync("Model comparison (shadow)");
        await Expect(table).ToHaveAttributeAsync("data-candidate", comparison.GetProperty("candidateVersion").GetString()!);

        var (active, candidate) = (comparison.GetProperty("active"), comparison.GetProperty("candidate"));
        Assert.Equal("shadow (candidate, not used for advice)", candidate.GetProperty("label").GetString());
        await Expect(table.Locator("thead th").Nth(1)).ToHaveTextAsync(Heading(active));
        await Expect(table.Locator("thead th").Nth(2)).ToHaveTextAsync(Heading(candidate));
        foreach (var (metric, expected) in Rows(comparison))
        {
            var row = table.Locator($"tr[data-metric='{metric}'] td");
            await Expect(row).ToHaveTextAsync([expected(active), expected(candidate)]);
        }

        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(Rows(comparison).Count);
        await Expect(page.Locator("#model-comparisons .warning")).ToBeVisibleAsync();
        await page.Locator("#model-comparisons").ScrollIntoViewIfNeededAsync();
        await page.Locator("#model-comparisons").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ConsoleFixture.Screenshots, "model-comparison.png") });

        await page.SelectOptionAsync("#language", "kk");
        await Expect(page.Locator("#comparisons-heading")).ToHaveTextAsync("Модельдерді салыстыру (көлеңкелі режим)");
        await Expect(table.Locator("thead th").Nth(2)).ToContainTextAsync("көлеңкелі (үміткер, ұсынымға қолданылмайды)");
        await page.SelectOptionAsync("#language", "ru");
        await Expect(page.Locator("#comparisons-heading")).ToHaveTextAsync("Сравнение моделей (теневой режим)");
        await Expect(table.Locator("thead th").Nth(2)).ToContainTextAsync("теневая (кандидат, для рекомендаций не используется)");
    }

    [Fact]
    public async Task Without_a_candidate_the_reports_page_has_no_model_comparison()
    {
        await using var browser = await console.LaunchAsync();
        var page = await ConsolePages.SignInAsync(browser, ConsoleFixture.Admin);
        await Expect(page.Locator("#report-figures")).ToBeVisibleAsync();
        var report = await ReloadReportAsync(page);

        Assert.Equal(0, report.GetProperty("accuracy").GetProperty("modelComparisons").GetArrayLength());
        await Expect(page.Locator("#report-figures")).ToBeVisibleAsync();
        await Expect(page.Locator("#model-comparisons")).ToHaveCountAsync(0);
        await Expect(page.GetByText("Model comparison")).ToHaveCountAsync(0);
    }

    /// <summary>Shows the report again and returns the JSON the page was given.</summary>
    private static async Task<JsonElement> ReloadReportAsync(IPage page)
    {
        var response = await page.RunAndWaitForResponseAsync(
            () => page.ClickAsync("#report-filters button[type=submit]"),
            r => r.Url.Contains("/admin/reports?") && !r.Url.Contains("format="));
        Assert.True(response.Ok);
        return (await response.JsonAsync())!.Value;
    }

    private static string Heading(JsonElement side) =>
        side.GetProperty("label").GetString() + string.Join(", ", side.GetProperty("modelVersions").EnumerateArray().Select(v => v.GetString()));

    /// <summary>Each metric row and its expected text for one side, formatted as the page formats it in English (en-GB).</summary>
    private static List<(string Metric, Func<JsonElement, string> Expected)> Rows(JsonElement comparison)
    {
        static JsonElement Accuracy(JsonElement side, string name) => side.GetProperty("accuracy").GetProperty(name);
        static JsonElement View(JsonElement side, string scorer) => side.GetProperty("riskViews").EnumerateArray().Single(v => v.GetProperty("scorer").GetString() == scorer);
        var compared = $"{comparison.GetProperty("compared").GetInt32()} of {comparison.GetProperty("concluded").GetInt32()}";
        var rows = new List<(string, Func<JsonElement, string>)>
        {
            ("figCompared", _ => compared),
            ("figExactAgreement", s => Proportion(Accuracy(s, "exactAgreement"))),
            ("figKappa", s => Estimate(Accuracy(s, "weightedKappa"), Accuracy(s, "weightedKappa95"), 2)),
            ("figUnderTriage", s => Proportion(Accuracy(s, "underTriage"))),
            ("figOverTriage", s => Proportion(Accuracy(s, "overTriage"))),
            ("figEmergencySensitivity", s => Proportion(Accuracy(s, "emergencySensitivity"))),
            ("figUrgentSensitivity", s => Proportion(Accuracy(s, "urgentOrAboveSensitivity"))),
        };
        foreach (var scorer in comparison.GetProperty("active").GetProperty("riskViews").EnumerateArray().Select(v => v.GetProperty("scorer").GetString()!))
        {
            rows.Add(($"figAuroc_{scorer}", s => Estimate(View(s, scorer).GetProperty("auroc"), View(s, scorer).GetProperty("auroc95"), 2)));
        }

        Assert.Equal(["model", "combined"], rows.Select(r => r.Item1).Where(m => m.StartsWith("figAuroc_")).Select(m => m["figAuroc_".Length..]));
        rows.Add(("figBrier", s => Estimate(View(s, "model").GetProperty("brier"), default, 3)));
        return rows;
    }

    private static string Proportion(JsonElement p)
    {
        var trials = p.GetProperty("trials").GetInt32();
        if (trials == 0)
        {
            return "no data";
        }

        var interval = p.GetProperty("wilson95");
        return $"{Percent(p.GetProperty("value").GetDouble())} (95% CI {Percent(interval.GetProperty("lower").GetDouble())}–{Percent(interval.GetProperty("upper").GetDouble())}), n = {trials}";
    }

    private static string Estimate(JsonElement value, JsonElement interval, int digits)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            return "no data";
        }

        var range = interval.ValueKind == JsonValueKind.Object
            ? $" (95% CI {Number(interval.GetProperty("lower").GetDouble(), digits)}–{Number(interval.GetProperty("upper").GetDouble(), digits)})"
            : "";
        return Number(value.GetDouble(), digits) + range;
    }

    private static string Number(double value, int digits) => value.ToString("F" + digits, CultureInfo.InvariantCulture);

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
