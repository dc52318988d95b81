using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Reports.Accuracy;
using Triage.Reports.Cases;
using Triage.Reports.Statistics;
using AccuracySummary = Triage.Reports.Accuracy.AccuracySummary;
using ModelComparison = Triage.Reports.Accuracy.ModelComparison;

namespace Triage.Reports.Tests;

/// <summary>A candidate in shadow against the active advice, with figures worked out by hand.</summary>
public sealed class ModelComparisonTests
{
    private const string Active = "triage-risk/1.0.0";
    private const string Candidate = "triage-risk/2.0.0";
    private static readonly DateTime Monday = new(2026, 11, 2, 8, 0, 0, DateTimeKind.Utc);

    // Case   active advice (risk)   specialist decided   candidate would advise (risk)
    // A      EMERGENCY (0.30)       EMERGENCY            EMERGENCY (0.60)
    // B      URGENT (0.20)          EMERGENCY            EMERGENCY (0.40)
    // C      URGENT (0.10)          TREAT_LOCALLY        URGENT (0.50)
    // D      TREAT_LOCALLY (0.05)   TREAT_LOCALLY        not scored yet: compared on neither side
    // E      ROUTINE (0.07)         not concluded        ROUTINE (0.08): not counted
    private static readonly ReportCase[] Cases =
    [
        Case(ReferralLevel.Emergency, 0.30, ReferralLevel.Emergency, Shadow(0.60, ReferralLevel.Emergency)),
        Case(ReferralLevel.UrgentReferral, 0.20, ReferralLevel.Emergency, Shadow(0.40, ReferralLevel.Emergency)),
        Case(ReferralLevel.UrgentReferral, 0.10, ReferralLevel.TreatLocally, Shadow(0.50, ReferralLevel.UrgentReferral)),
        Case(ReferralLevel.TreatLocally, 0.05, ReferralLevel.TreatLocally),
        Case(ReferralLevel.RoutineReferral, 0.07, null, Shadow(0.08, ReferralLevel.RoutineReferral)),
    ];

    [Fact]
    public void Both_sides_are_measured_on_the_concluded_cases_the_candidate_scored()
    {
        var comparison = Build().Single();

        Assert.Equal((Candidate, 4, 3), (comparison.CandidateVersion, comparison.Concluded, comparison.Compared));
        Assert.Equal(3, comparison.Candidate.Accuracy.Concluded);
        Assert.Equal((ModelComparisons.ActiveLabel, ModelComparisons.CandidateLabel), (comparison.Active.Label, comparison.Candidate.Label));
        Assert.Equal([Active], comparison.Active.ModelVersions);
        Assert.Equal([Candidate], comparison.Candidate.ModelVersions);
    }

    [Fact]
    public void The_candidate_is_judged_by_the_advice_it_would_have_given()
    {
        var (active, candidate) = Sides();

        Assert.Equal(new Proportion(1, 3), active.ExactAgreement);
        Assert.Equal(new Proportion(2, 3), candidate.ExactAgreement);
        Assert.Equal((new Proportion(1, 3), new Proportion(0, 3)), (active.UnderTriage, candidate.UnderTriage));
        Assert.Equal((new Proportion(1, 3), new Proportion(1, 3)), (active.OverTriage, candidate.OverTriage));
        Assert.Equal((new Proportion(1, 2), new Proportion(2, 2)), (active.EmergencySensitivity, candidate.EmergencySensitivity));
        Assert.Equal((new Proportion(2, 2), new Proportion(2, 2)), (active.UrgentOrAboveSensitivity, candidate.UrgentOrAboveSensitivity));
        // Linear weights 1 − |i − j| / 3: observed (1 + 1 + 1/3) / 3 = 7/9, expected by the marginals 17/27,
        // kappa (7/9 − 17/27) / (1 − 17/27) = 0.4.
        Assert.Equal(0.4, candidate.WeightedKappa!.Value, 12);
    }

    [Fact]
    public void The_candidate_s_risk_is_ranked_and_calibrated_against_the_same_outcomes()
    {
        var comparison = Build().Single();
        var activeModel = comparison.Active.RiskViews.Single(v => v.Scorer == "model");
        var candidateModel = comparison.Candidate.RiskViews.Single(v => v.Scorer == "model");

        Assert.Equal(["model", "combined"], comparison.Candidate.RiskViews.Select(v => v.Scorer));
        Assert.Equal((3, 2), (candidateModel.Cases, candidateModel.Outcomes));
        // Outcome = the specialist decided EMERGENCY (A, B). Active: both above C. Candidate: A above C, B below.
        Assert.Equal(1.0, activeModel.Auroc!.Value, 12);
        Assert.Equal(0.5, candidateModel.Auroc!.Value, 12);
        Assert.Equal((0.49 + 0.64 + 0.01) / 3, activeModel.Brier!.Value, 12);
        Assert.Equal((0.16 + 0.36 + 0.25) / 3, candidateModel.Brier!.Value, 12);
    }

    [Fact]
    public void Without_shadow_scores_there_is_nothing_to_compare()
    {
        var plain = Cases.Select(c => c with { ShadowScores = [] }).ToList();

        Assert.Empty(TriageReportBuilder.Build(Scope, plain, []).Accuracy.ModelComparisons);
    }

    private static ReportScope Scope => new(Monday.AddDays(-7), Monday.AddDays(7), "KZ-ZHA");

    private static IReadOnlyList<ModelComparison> Build() => TriageReportBuilder.Build(Scope, Cases, []).Accuracy.ModelComparisons;

    private static (AccuracySummary Active, AccuracySummary Candidate) Sides()
    {
        var comparison = Build().Single();
        return (comparison.Active.Accuracy, comparison.Candidate.Accuracy);
    }

    private static CandidateScore Shadow(double risk, ReferralLevel level) => new(Candidate, risk, level, level);

    private static ReportCase Case(ReferralLevel engine, double risk, ReferralLevel? final, CandidateScore? shadow = null) => new(
        Guid.NewGuid(), "KZ-ZHA", "KZ-ZHA-KOR", "KZ-ZHA-KOR-01", Monday, Active, engine, ReferralLevel.TreatLocally, engine, risk,
        Specialty.InternalMedicine, PatientGroup.Adult, InsuranceStatus.Insured, SocialCategory.C,
        new ConsultFacts(Monday, Monday.AddMinutes(1), final is null ? null : Monday.AddMinutes(10), false, final))
    {
        ShadowScores = shadow is null ? [] : [shadow],
    };
}
