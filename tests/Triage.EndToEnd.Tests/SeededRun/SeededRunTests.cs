using System.Globalization;
using Triage.Contracts.V1;
using Triage.Engine.Localization;
using Triage.Gateway.Reports;
using Triage.Testing;
using Xunit.Abstractions;

namespace Triage.EndToEnd.Tests.SeededRun;

/// <summary>
/// The administrators' report of the seeded run (SYNTHETIC cases, SIMULATED outcomes) against figures computed here
/// directly from what was submitted and concluded; and the report file as a person opens it. The run's report, its
/// charts and its headline figures are kept in <see cref="Output"/> for the documentation.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class SeededRunTests(ConsoleFixture console, SeededRunFixture run, ITestOutputHelper log) : IClassFixture<SeededRunFixture>
{
    private static readonly ReferralLevel[] Levels = [ReferralLevel.TreatLocally, ReferralLevel.RoutineReferral, ReferralLevel.UrgentReferral, ReferralLevel.Emergency];

    /// <summary>Beside the test binaries: report.html, the four charts and headline.txt of the last seeded run.</summary>
    public static string Output { get; } = Path.Combine(AppContext.BaseDirectory, "seeded-run");

    [Fact]
    public async Task The_report_of_the_seeded_run_matches_a_direct_computation()
    {
        foreach (var (stage, took) in run.Stages)
        {
            log.WriteLine($"{took.TotalSeconds,6:0.0} s  {stage}");
        }

        var reports = new Contracts.V1.Reports.ReportsClient(run.Host.CallsAs(run.Host.IssueToken("admin-seeded-run", "admin")));
        var report = await reports.GetTriageReportAsync(new TriageReportRequest { RegionId = SeededRunFixture.Region });
        var cases = run.Cases;
        var overall = report.Overall;

        Assert.Equal(SeededRunFixture.Clinics.Count * SeededRunFixture.CasesPerClinic, cases.Count);
        Assert.All(cases, c => Assert.NotEqual(ReferralLevel.Unspecified, c.Final));
        Assert.Equal(cases.Count, report.Cases);
        Assert.Equal(ReportCaveats.Simulated(cases.Count, cases.Count, Languages.English), report.Caveats[0]);
        Assert.Equal(cases.Count, overall.Concluded);
        Assert.Equal(Confusion(cases), overall.Confusion);
        Assert.Equal(cases.Count(c => c.Final == c.Engine.Level), overall.ExactAgreement.Successes);
        Assert.Equal(cases.Count(c => c.Final > c.Engine.Level), overall.UnderTriage.Successes);
        Assert.Equal(cases.Count(c => c.Final < c.Engine.Level), overall.OverTriage.Successes);
        Assert.Equal(
            (cases.Count(c => c.FinalEmergency && c.Engine.Level == ReferralLevel.Emergency), cases.Count(c => c.FinalEmergency)),
            (overall.EmergencySensitivity.Successes, overall.EmergencySensitivity.Trials));
        Assert.Equal(
            (cases.Count(c => c.Final >= ReferralLevel.UrgentReferral && c.Engine.Level >= ReferralLevel.UrgentReferral), cases.Count(c => c.Final >= ReferralLevel.UrgentReferral)),
            (overall.UrgentOrAboveSensitivity.Successes, overall.UrgentOrAboveSensitivity.Trials));
        var model = report.RiskViews.Single(v => v.Scorer == "model");
        Assert.Equal(cases.Count(c => c.FinalEmergency), model.Outcomes);
        Assert.Equal(Auroc(cases, c => c.Engine.Risk!.Value), model.Auroc.Value, precision: 12);
        Assert.Equal(Auroc(cases, c => (int)c.Engine.RuleLevel), report.RiskViews.Single(v => v.Scorer == "rules").Auroc.Value, precision: 12);
        Assert.Equal(cases.Count(c => c.Sent.Report.Patient.Insurance == InsuranceStatus.Uninsured), report.Coverage.Sum(d => d.Uninsured.Successes));
        Assert.Equal(cases.Count(c => c.Sent.Report.Patient.SocialCategory is SocialCategory.D or SocialCategory.E), report.Coverage.Sum(d => d.SocialCategoryDOrE.Successes));

        await WriteHeadlineAsync(report, model);
    }

    [Fact]
    public async Task The_report_command_writes_the_seeded_runs_report_and_chromium_shows_every_chart()
    {
        Directory.CreateDirectory(Output);
        var file = Path.Combine(Output, "report.html");

        var written = await run.Host.RunAdminAsync("report", "--region", SeededRunFixture.Region, "--out", file);
        Assert.True(written.ExitCode == 0, written.Error);
        await using var browser = await Chromium.LaunchAsync(console.Playwright, run.Host.WebAddress);
        var page = await browser.OpenAsync(new Uri(file).AbsoluteUri);
        var charts = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('img[data-chart]')].map(i => i.complete ? i.naturalWidth : 0)");
        var caveats = await page.Locator(".caveat").AllInnerTextsAsync();

        Assert.Contains($"{run.Cases.Count} concluded", written.Output);
        Assert.Equal(4, charts.Length);
        Assert.All(charts, width => Assert.True(width > 0, "a chart did not render"));
        Assert.StartsWith($"{run.Cases.Count:N0} of these {run.Cases.Count:N0} cases are SIMULATED", caveats[0]);
        Assert.Contains(caveats, c => c.Contains("real visits of another population"));
        await SaveChartsAsync(page);
    }

    private static List<int> Confusion(IReadOnlyList<JudgedCase> cases) =>
        (from advised in Levels from decided in Levels select cases.Count(c => c.Engine.Level == advised && c.Final == decided)).ToList();

    /// <summary>Every (emergency, other) pair counted: 1 when the emergency scores higher, ½ on a tie.</summary>
    private static double Auroc(IReadOnlyList<JudgedCase> cases, Func<JudgedCase, double> score)
    {
        var positives = cases.Where(c => c.FinalEmergency).Select(score).ToList();
        var negatives = cases.Where(c => !c.FinalEmergency).Select(score).ToList();
        var wins = positives.Sum(p => negatives.Sum(n => p > n ? 1.0 : p == n ? 0.5 : 0));
        return wins / ((double)positives.Count * negatives.Count);
    }

    /// <summary>Keeps the charts as the browser received them, one PNG each.</summary>
    private static async Task SaveChartsAsync(Microsoft.Playwright.IPage page)
    {
        var sources = await page.EvaluateAsync<Dictionary<string, string>>(
            "() => Object.fromEntries([...document.querySelectorAll('img[data-chart]')].map(i => [i.dataset.chart, i.src]))");
        foreach (var (chart, source) in sources)
        {
            await File.WriteAllBytesAsync(Path.Combine(Output, $"{chart}.png"), Convert.FromBase64String(source[(source.IndexOf(',') + 1)..]));
        }
    }

    private async Task WriteHeadlineAsync(TriageReport report, RiskView model)
    {
        static string Share(Share s) => string.Create(CultureInfo.InvariantCulture,
            $"{s.Successes}/{s.Trials} = {100 * s.Value:0.0} % (95 % CI {100 * s.CiLower:0.0}–{100 * s.CiUpper:0.0})");
        var o = report.Overall;
        var lines = new[]
        {
            $"Seeded run (SYNTHETIC cases, SIMULATED outcomes): seed {SeededRunFixture.Seed}, {report.Cases} cases from {SeededRunFixture.Clinics.Count} clinics, {o.Concluded} concluded",
            $"exact agreement {Share(o.ExactAgreement)}",
            string.Create(CultureInfo.InvariantCulture, $"weighted kappa {o.WeightedKappa.Value:0.000} (95 % CI {o.WeightedKappa.CiLower:0.000}–{o.WeightedKappa.CiUpper:0.000})"),
            $"under-triage {Share(o.UnderTriage)}",
            $"over-triage {Share(o.OverTriage)}",
            $"sensitivity for EMERGENCY {Share(o.EmergencySensitivity)}",
            $"sensitivity for URGENT or above {Share(o.UrgentOrAboveSensitivity)}",
            string.Create(CultureInfo.InvariantCulture, $"model AUROC for EMERGENCY {model.Auroc.Value:0.000} (95 % CI {model.Auroc.CiLower:0.000}–{model.Auroc.CiUpper:0.000}), Brier {model.Brier:0.0000}"),
            $"confusion (rows engine, columns specialist; TREAT_LOCALLY, ROUTINE, URGENT, EMERGENCY): {string.Join(" | ", o.Confusion.Chunk(4).Select(r => string.Join(' ', r)))}",
        };
        foreach (var line in lines)
        {
            log.WriteLine(line);
        }

        Directory.CreateDirectory(Output);
        await File.WriteAllLinesAsync(Path.Combine(Output, "headline.txt"), lines);
    }
}
