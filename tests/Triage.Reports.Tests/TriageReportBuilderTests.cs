using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Reports.Cases;
using Triage.Reports.Statistics;

namespace Triage.Reports.Tests;

public sealed class TriageReportBuilderTests
{
    private static readonly DateTime Monday = new(2026, 11, 2, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Accuracy_counts_only_concluded_cases_and_flags_small_groups()
    {
        var cases = new[]
        {
            Case("KZ-ZHA-KOR", ReferralLevel.Emergency, final: ReferralLevel.Emergency),
            Case("KZ-ZHA-KOR", ReferralLevel.UrgentReferral, final: ReferralLevel.Emergency),
            Case("KZ-ZHA-MER", ReferralLevel.RoutineReferral, final: ReferralLevel.TreatLocally),
            Case("KZ-ZHA-MER", ReferralLevel.TreatLocally, final: null),
        };

        var report = Build(cases);

        Assert.Equal(4, report.Cases);
        Assert.Equal(3, report.Accuracy.Overall.Concluded);
        Assert.Equal(new Proportion(1, 3), report.Accuracy.Overall.ExactAgreement);
        Assert.Equal(new Proportion(1, 3), report.Accuracy.Overall.UnderTriage);
        Assert.Equal(new Proportion(1, 3), report.Accuracy.Overall.OverTriage);
        Assert.Equal(new Proportion(1, 2), report.Accuracy.Overall.EmergencySensitivity);
        Assert.Equal(new Proportion(2, 2), report.Accuracy.Overall.UrgentOrAboveSensitivity);
        var districts = report.Accuracy.Breakdowns.Single(b => b.Dimension == "district").Rows;
        Assert.Equal(["KZ-ZHA-KOR", "KZ-ZHA-MER"], districts.Select(r => r.Key));
        Assert.Equal([2, 1], districts.Select(r => r.Accuracy.Concluded));
        Assert.All(districts, r => Assert.True(r.Accuracy.IsSmall));
        Assert.Equal(["2026-W45"], report.Accuracy.Breakdowns.Single(b => b.Dimension == "week").Rows.Select(r => r.Key));
    }

    [Fact]
    public void The_model_view_judges_risk_against_emergencies_the_specialists_decided()
    {
        var cases = new[]
        {
            Case("D", ReferralLevel.Emergency, final: ReferralLevel.Emergency, risk: 0.9),
            Case("D", ReferralLevel.UrgentReferral, final: ReferralLevel.Emergency, risk: 0.4),
            Case("D", ReferralLevel.UrgentReferral, final: ReferralLevel.UrgentReferral, risk: 0.5),
            Case("D", ReferralLevel.TreatLocally, final: ReferralLevel.TreatLocally, risk: 0.1),
        };

        var model = Build(cases).Accuracy.RiskViews.Single(v => v.Scorer == "model");

        Assert.Equal((4, 2), (model.Cases, model.Outcomes));
        Assert.Equal(0.75, model.Auroc!.Value, 12);
        Assert.Equal((0.01 + 0.36 + 0.25 + 0.01) / 4, model.Brier!.Value, 12);
    }

    [Fact]
    public void Operations_measure_waits_from_submission_and_count_escalated_and_unclaimed_consults()
    {
        var cases = new[]
        {
            Case("D", ReferralLevel.Emergency, final: ReferralLevel.Emergency, claimedAfter: 2, concludedAfter: 30),
            Case("D", ReferralLevel.Emergency, final: ReferralLevel.UrgentReferral, claimedAfter: 4, concludedAfter: 50, escalated: true),
            Case("D", ReferralLevel.UrgentReferral, final: null, claimedAfter: null),
            Case("D", ReferralLevel.TreatLocally, final: null, consult: false),
        };

        var operations = Build(cases).Operations;

        Assert.Equal((3, 1, 1), (operations.Consults, operations.Escalated, operations.Unclaimed));
        Assert.Equal((2, 3.0, 3.8), (operations.SubmissionToClaim.Count, operations.SubmissionToClaim.MedianMinutes!.Value, Math.Round(operations.SubmissionToClaim.P90Minutes!.Value, 6)));
        Assert.Equal(40.0, operations.SubmissionToConclusion.MedianMinutes);
        Assert.Equal((4, 3), (operations.Clinics.Single().Cases, operations.Clinics.Single().Consults));
    }

    [Fact]
    public void Coverage_shows_uninsured_planned_referrals_and_those_the_local_budget_covers()
    {
        var cases = new[]
        {
            Case("D", ReferralLevel.RoutineReferral, insurance: InsuranceStatus.Uninsured, category: SocialCategory.D),
            Case("D", ReferralLevel.RoutineReferral, insurance: InsuranceStatus.Uninsured, category: SocialCategory.B),
            Case("D", ReferralLevel.Emergency, insurance: InsuranceStatus.Uninsured, category: SocialCategory.E),
            Case("D", ReferralLevel.RoutineReferral, insurance: InsuranceStatus.Insured, category: SocialCategory.C),
        };

        var district = Build(cases).Coverage.Single();

        Assert.Equal(new Proportion(1, 4), district.Insured);
        Assert.Equal(new Proportion(3, 4), district.Uninsured);
        Assert.Equal(new Proportion(2, 4), district.CategoryDOrE);
        Assert.Equal((2, 1), (district.UninsuredPlannedReferrals, district.CoveredByLocalBudget));
    }

    private static TriageReport Build(IReadOnlyList<ReportCase> cases) =>
        TriageReportBuilder.Build(new ReportScope(Monday.AddDays(-7), Monday.AddDays(7), "KZ-ZHA"), cases, []);

    private static ReportCase Case(
        string district, ReferralLevel engine, ReferralLevel? final = null, double? risk = null, bool consult = true,
        double? claimedAfter = 1, double? concludedAfter = 10, bool escalated = false,
        InsuranceStatus insurance = InsuranceStatus.Insured, SocialCategory category = SocialCategory.C) => new(
        Guid.NewGuid(), "KZ-ZHA", district, $"{district}-01", Monday, "triage-risk/1", engine, engine, null, risk, Specialty.InternalMedicine,
        PatientGroup.Adult, insurance, category,
        consult
            ? new ConsultFacts(Monday, claimedAfter is null ? null : Monday.AddMinutes(claimedAfter.Value),
                final is null ? null : Monday.AddMinutes(concludedAfter ?? 0), escalated, final)
            : null);
}
