using Triage.Contracts.V1;
using Triage.Engine.Referral;
using Triage.Engine.Tests.Clinical;

namespace Triage.Engine.Tests.Referral;

/// <summary>
/// Emergency care is free for everyone; planned specialist care depends on OSMS insurance; social categories D
/// and E are paid by the local budget (shipped policy).
/// </summary>
public sealed class CoveragePolicyTests
{
    public static TheoryData<string, ReferralLevel, InsuranceStatus, SocialCategory, string, CoverageStatus> Cases => new()
    {
        { "emergency, uninsured", ReferralLevel.Emergency, InsuranceStatus.Uninsured, SocialCategory.A, "COVERAGE_EMERGENCY", CoverageStatus.Covered },
        { "urgent, uninsured", ReferralLevel.UrgentReferral, InsuranceStatus.Uninsured, SocialCategory.A, "COVERAGE_EMERGENCY", CoverageStatus.Covered },
        { "treated at the post, uninsured", ReferralLevel.TreatLocally, InsuranceStatus.Uninsured, SocialCategory.A, "COVERAGE_PRIMARY_CARE", CoverageStatus.Covered },
        { "planned, insured", ReferralLevel.RoutineReferral, InsuranceStatus.Insured, SocialCategory.A, "COVERAGE_OSMS", CoverageStatus.Covered },
        { "planned, uninsured, category D", ReferralLevel.RoutineReferral, InsuranceStatus.Uninsured, SocialCategory.D, "COVERAGE_LOCAL_BUDGET", CoverageStatus.Covered },
        { "planned, uninsured, category E", ReferralLevel.RoutineReferral, InsuranceStatus.Uninsured, SocialCategory.E, "COVERAGE_LOCAL_BUDGET", CoverageStatus.Covered },
        { "planned, uninsured, category C", ReferralLevel.RoutineReferral, InsuranceStatus.Uninsured, SocialCategory.C, "COVERAGE_NOT_COVERED", CoverageStatus.NotCovered },
        { "planned, insurance unknown", ReferralLevel.RoutineReferral, InsuranceStatus.Unspecified, SocialCategory.B, "COVERAGE_INSURANCE_UNKNOWN", CoverageStatus.Unknown },
        { "planned, insurance unknown, category D", ReferralLevel.RoutineReferral, InsuranceStatus.Unspecified, SocialCategory.D, "COVERAGE_LOCAL_BUDGET", CoverageStatus.Covered },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Coverage_follows_level_insurance_and_social_category(
        string because, ReferralLevel level, InsuranceStatus insurance, SocialCategory category, string code, CoverageStatus status)
    {
        var patient = CaseBuilder.Adult().Insured(insurance, category).Patient;

        var finding = ReferralPolicyLoader.Shipped().Coverage.Assess(patient, level);

        Assert.True((code, status) == (finding.Code, finding.Status), because);
    }

    [Fact]
    public void The_result_carries_the_coverage_note_in_the_case_language()
    {
        var patient = CaseBuilder.Adult().WithVitals(v => v with { SystolicBp = 150 }).Insured(InsuranceStatus.Uninsured, SocialCategory.C);

        var result = Engines.Default.Assess(patient.Build("ru"));

        Assert.Equal(ReferralLevel.RoutineReferral, result.Level);
        Assert.Equal(("COVERAGE_NOT_COVERED", CoverageStatus.NotCovered), (result.Coverage.Code, result.Coverage.Status));
        Assert.StartsWith("Не покрывается", result.Coverage.Text);
    }
}
