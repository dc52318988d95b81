using System.Text.Json;
using Triage.Contracts.V1;
using Triage.Engine.Localization;
using Triage.Gateway.Reports;
using ModelComparisons = Triage.Reports.Accuracy.ModelComparisons;
using Triage.Testing;

namespace Triage.Gateway.Tests.Shadow;

/// <summary>A candidate model in shadow on a real gateway: it scores every case, changes nothing, and the report compares it.</summary>
public sealed class ShadowScoringTests(ShadowFixture fixture) : IClassFixture<ShadowFixture>
{
    [Fact]
    public async Task Every_submitted_case_is_scored_once_by_the_candidate_with_the_rules_floor_it_was_triaged_with()
    {
        await fixture.Shadowed.WaitUntilAllScoredAsync();

        var scores = await fixture.Shadowed.ScoresAsync();

        foreach (var (_, _, result) in fixture.Submitted)
        {
            var score = Assert.Single(scores, s => Guid.Parse(s.CaseId) == Guid.Parse(result.CaseId));
            Assert.Equal(ShadowFixture.CandidateVersion, score.ModelVersion);
            Assert.InRange(score.Risk, 0, 1);
            Assert.Equal(score.ModelLevel > result.RuleLevel ? score.ModelLevel : result.RuleLevel, score.FinalLevel);
        }

        Assert.Contains(scores, s => s.FinalLevel != s.Active.ReferralLevel);
    }

    [Fact]
    public async Task The_result_returned_and_stored_is_the_same_with_and_without_a_candidate()
    {
        await fixture.Shadowed.WaitUntilAllScoredAsync();

        foreach (var (_, fromPlain, fromShadowed) in fixture.Submitted)
        {
            Assert.Equal(WithoutIdAndTime(fromPlain), WithoutIdAndTime(fromShadowed));
            Assert.Equal(fromShadowed, await fixture.Shadowed.StoredResultAsync(fromShadowed.CaseId));
            Assert.Equal(fromPlain, await fixture.Plain.StoredResultAsync(fromPlain.CaseId));
        }
    }

    [Fact]
    public async Task The_report_sets_the_candidate_beside_the_active_model_with_figures_from_the_stored_scores_and_outcomes()
    {
        await fixture.Shadowed.WaitUntilAllScoredAsync();
        var concluded = (await fixture.Shadowed.ScoresAsync()).Where(s => s.Decided is not null).ToList();
        var reports = new Contracts.V1.Reports.ReportsClient(fixture.Shadowed.CallsAs(fixture.Shadowed.IssueToken("admin-all", "admin")));

        var report = await reports.GetTriageReportAsync(new TriageReportRequest { RegionId = "KZ-ZHA" });

        var comparison = Assert.Single(report.ModelComparisons);
        Assert.Equal((ShadowFixture.CandidateVersion, 5, 5), (comparison.CandidateVersion, comparison.Concluded, comparison.Compared));
        Assert.Equal((ModelComparisons.ActiveLabel, ModelComparisons.CandidateLabel), (comparison.Active.Label, comparison.Candidate.Label));
        Assert.Equal(["triage-risk/1.1.0"], comparison.Active.ModelVersions);
        Assert.Equal([ShadowFixture.CandidateVersion], comparison.Candidate.ModelVersions);
        var active = Direct(concluded.Select(s => (s.Active.ReferralLevel, s.Active.Risk, s.Decided!.Value)).ToList());
        var candidate = Direct(concluded.Select(s => (s.FinalLevel, s.Risk, s.Decided!.Value)).ToList());
        Assert.Equal(active, Reported(comparison.Active));
        Assert.Equal(candidate, Reported(comparison.Candidate));
        Assert.NotEqual(active, candidate);
        // Every concluded case is scored, so the active side is the report's overall accuracy.
        Assert.Equal(report.Overall, comparison.Active.Accuracy);
    }

    [Fact]
    public async Task The_report_s_downloads_label_the_candidate_as_shadow_and_keep_the_synthetic_data_caveats()
    {
        await fixture.Shadowed.WaitUntilAllScoredAsync();
        using var http = new HttpClient();
        var token = fixture.Shadowed.IssueToken("admin-all", "admin");

        var json = await GetAsync(http, "/admin/reports", token);
        var csv = await GetAsync(http, "/admin/reports?format=csv", token);
        var html = await GetAsync(http, "/admin/reports?format=html", token);

        var report = JsonDocument.Parse(json).RootElement;
        var caveats = report.GetProperty("caveats").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Contains(ReportCaveats.Shadow(Languages.English), caveats);
        Assert.Contains(caveats, c => c.StartsWith($"The candidate risk model {ShadowFixture.CandidateVersion} (shadow, not used for advice) was trained on synthetic data only"));
        Assert.Contains(caveats, c => c.StartsWith("The risk model triage-risk/1.1.0 was trained on real visits of another population"));
        var candidate = report.GetProperty("accuracy").GetProperty("modelComparisons")[0].GetProperty("candidate");
        Assert.Equal(ModelComparisons.CandidateLabel, candidate.GetProperty("label").GetString());
        Assert.Contains($"model_comparison,{ShadowFixture.CandidateVersion},\"{ModelComparisons.CandidateLabel}: {ShadowFixture.CandidateVersion}\",exact_agreement,", csv);
        Assert.Contains($"model_comparison,{ShadowFixture.CandidateVersion},{ModelComparisons.ActiveLabel}: triage-risk/1.1.0,exact_agreement,", csv);
        Assert.Contains($"data-comparison=\"{ShadowFixture.CandidateVersion}\"", html);
        Assert.Contains(ModelComparisons.CandidateLabel, html);
    }

    [Fact]
    public async Task After_a_restart_scoring_resumes_with_new_cases_and_scores_no_case_twice()
    {
        await fixture.Shadowed.WaitUntilAllScoredAsync();
        var before = await fixture.Shadowed.ScoresAsync();

        await fixture.Shadowed.RestartAsync();
        var added = (await fixture.Shadowed.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.HealthyAdult() })).Result;
        await fixture.Shadowed.WaitUntilAllScoredAsync();
        var after = await fixture.Shadowed.ScoresAsync();

        Assert.Equal(before.Count + 1, after.Count);
        Assert.Equal(after.Count, after.Select(s => s.CaseId).Distinct().Count());
        Assert.All(before, earlier => Assert.Contains(earlier, after));
        Assert.Contains(after, s => Guid.Parse(s.CaseId) == Guid.Parse(added.CaseId));
    }

    private static TriageResult WithoutIdAndTime(TriageResult result)
    {
        var copy = result.Clone();
        copy.CaseId = "";
        copy.AssessedAt = null;
        return copy;
    }

    /// <summary>The figures counted straight from (advice, risk, specialist's decision) triples.</summary>
    private static Figures Direct(IReadOnlyList<(ReferralLevel Advised, double Risk, ReferralLevel Decided)> cases)
    {
        var serious = cases.Where(c => c.Decided == ReferralLevel.Emergency).ToList();
        var other = cases.Where(c => c.Decided != ReferralLevel.Emergency).ToList();
        // AUROC as the share of (serious, other) pairs in which the serious case has the higher risk, ties half.
        var pairs = serious.SelectMany(s => other.Select(o => s.Risk > o.Risk ? 1.0 : s.Risk == o.Risk ? 0.5 : 0.0)).ToList();
        return new Figures(
            cases.Count(c => c.Advised == c.Decided),
            cases.Count(c => c.Decided > c.Advised),
            cases.Count(c => c.Decided < c.Advised),
            (serious.Count(c => c.Advised == ReferralLevel.Emergency), serious.Count),
            Math.Round(pairs.Average(), 12),
            Math.Round(cases.Average(c => Math.Pow(c.Risk - (c.Decided == ReferralLevel.Emergency ? 1 : 0), 2)), 12));
    }

    private static Figures Reported(ModelPerformance side)
    {
        var model = side.RiskViews.Single(v => v.Scorer == "model");
        var a = side.Accuracy;
        return new Figures(
            a.ExactAgreement.Successes, a.UnderTriage.Successes, a.OverTriage.Successes,
            (a.EmergencySensitivity.Successes, a.EmergencySensitivity.Trials),
            Math.Round(model.Auroc.Value, 12), Math.Round(model.Brier, 12));
    }

    private async Task<string> GetAsync(HttpClient http, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(fixture.Shadowed.WebAddress, path));
        request.Headers.Authorization = new("Bearer", token);
        return await (await http.SendAsync(request)).EnsureSuccessStatusCode().Content.ReadAsStringAsync();
    }

    private sealed record Figures(int Agreed, int Under, int Over, (int Caught, int Serious) Emergency, double Auroc, double Brier);
}
