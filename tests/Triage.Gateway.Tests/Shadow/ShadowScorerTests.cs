using Google.Protobuf;
using Triage.Contracts.V1;
using Triage.Data.Shadow;
using Triage.Engine;
using Triage.Engine.Model;
using Triage.Engine.Wire;
using Triage.Gateway.Shadow;
using Triage.Testing;

namespace Triage.Gateway.Tests.Shadow;

/// <summary>What a candidate would have advised, worked out from a stored case and its stored result.</summary>
public sealed class ShadowScorerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("triage-candidate-").FullName;
    private readonly OnnxRiskModel active = OnnxRiskModel.LoadShipped();

    public void Dispose()
    {
        active.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void A_candidate_cannot_lower_the_rules_floor_but_can_raise_the_advice()
    {
        using var cautious = Load("cautious", 0.97, 0.98, 0.99);
        using var alarmed = Load("alarmed", 1e-9, 2e-9, 3e-9);
        var cases = new[] { Stored(SampleCases.EmergencyAdult()), Stored(SampleCases.HealthyAdult()) };

        var fromCautious = ShadowScorer.Score(new CandidateModel(cautious), cases, DateTime.UtcNow);
        var fromAlarmed = ShadowScorer.Score(new CandidateModel(alarmed), cases, DateTime.UtcNow);

        // The emergency's rules set EMERGENCY; the healthy adult's set TREAT_LOCALLY.
        Assert.Equal([(ReferralLevel.TreatLocally, ReferralLevel.Emergency), (ReferralLevel.TreatLocally, ReferralLevel.TreatLocally)], Levels(fromCautious));
        Assert.Equal([(ReferralLevel.Emergency, ReferralLevel.Emergency), (ReferralLevel.Emergency, ReferralLevel.Emergency)], Levels(fromAlarmed));
        Assert.All(fromAlarmed, s => Assert.Equal("triage-risk/1.1.0-alarmed", s.ModelVersion));
    }

    [Fact]
    public void The_candidate_sees_the_case_exactly_as_the_active_model_did()
    {
        // The same graph under another version: its risk must be the risk the engine stored for each case.
        using var twin = Load("twin", active.Manifest.Thresholds.RoutineReferral, active.Manifest.Thresholds.UrgentReferral, active.Manifest.Thresholds.Emergency);
        var reports = new[] { SampleCases.EmergencyAdult(), SampleCases.HealthyAdult(), SampleCases.HealthyAdult(c => (c.Patient.AgeYears, c.Vitals.TemperatureC) = (7, 39.2)) };
        var cases = reports.Select(Stored).ToList();

        var scores = ShadowScorer.Score(new CandidateModel(twin), cases, DateTime.UtcNow);

        var stored = cases.Select(c => TriageResult.Parser.ParseFrom(c.Result)).ToList();
        Assert.Equal(stored.Select(r => r.Risk), scores.Select(s => s.Risk));
        Assert.Equal(stored.Select(r => (int)r.ModelLevel), scores.Select(s => s.ModelLevel));
        Assert.Equal(stored.Select(r => (int)r.ReferralLevel), scores.Select(s => s.FinalLevel));
    }

    [Fact]
    public void A_result_stored_before_the_rule_level_was_recorded_takes_its_referral_level_as_the_floor()
    {
        var rulesOnly = new TriageResult { ReferralLevel = ReferralLevel.UrgentReferral };
        var recorded = new TriageResult { ReferralLevel = ReferralLevel.Emergency, RuleLevel = ReferralLevel.RoutineReferral, ModelLevel = ReferralLevel.Emergency };

        Assert.Equal(ReferralLevel.UrgentReferral, ShadowScorer.RuleFloor(rulesOnly));
        Assert.Equal(ReferralLevel.RoutineReferral, ShadowScorer.RuleFloor(recorded));
    }

    [Fact]
    public void The_earliest_id_of_a_moment_sorts_below_its_case_ids_and_above_earlier_ones_as_the_databases_compare_them()
    {
        var moment = new DateTimeOffset(2026, 11, 28, 9, 30, 15, 123, TimeSpan.Zero);

        var earliest = CaseIds.EarliestAt(moment);

        foreach (var _ in Enumerable.Range(0, 100))
        {
            Assert.True(Text(earliest).CompareTo(Text(Guid.CreateVersion7(moment))) < 0);
            Assert.True(Text(earliest).CompareTo(Text(Guid.CreateVersion7(moment.AddMilliseconds(-1)))) > 0);
        }
    }

    /// <summary>SQLite keeps ids as upper-case text; PostgreSQL's uuid compares the same bytes in the same order.</summary>
    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private static IEnumerable<(ReferralLevel Model, ReferralLevel Final)> Levels(IEnumerable<ShadowScore> scores) =>
        scores.Select(s => ((ReferralLevel)s.ModelLevel, (ReferralLevel)s.FinalLevel));

    private OnnxRiskModel Load(string name, double routine, double urgent, double emergency) =>
        OnnxRiskModel.Load(CandidateFiles.Write(folder, name, OnnxRiskModel.ShippedModelPath, $"1.1.0-{name}", routine, urgent, emergency));

    /// <summary>A case as intake stores it: the report, and the active engine's result.</summary>
    private UnscoredCase Stored(CaseReport report)
    {
        var id = Guid.CreateVersion7();
        var result = TriageEngine.CreateDefault(model: active).Assess(report.ToClinicalCase()).ToResult(id.ToString(), report.ClientCaseId, DateTimeOffset.UtcNow);
        return new UnscoredCase(id, report.ToByteArray(), result.ToByteArray());
    }
}
