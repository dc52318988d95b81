using Triage.Contracts.V1;
using Triage.Engine.Cases;

namespace Triage.Engine.Coverage;

/// <summary>
/// Who pays for the suggested care in Kazakhstan: emergency care and primary care are in the guaranteed volume
/// of free medical care (GOBMP) for everyone; planned specialist care needs compulsory social health insurance
/// (OSMS), except for the social categories the local budget pays for. Which levels are free and which
/// categories the budget covers are policy data.
/// </summary>
public sealed class CoveragePolicy(IReadOnlyDictionary<ReferralLevel, string> freeForEveryone, IReadOnlySet<SocialCategory> localBudgetCategories)
{
    public const string Osms = "COVERAGE_OSMS";
    public const string LocalBudget = "COVERAGE_LOCAL_BUDGET";
    public const string NotCovered = "COVERAGE_NOT_COVERED";
    public const string InsuranceUnknown = "COVERAGE_INSURANCE_UNKNOWN";

    /// <summary>The codes that do not depend on the policy data.</summary>
    public static readonly IReadOnlyList<string> InsuranceCodes = [Osms, LocalBudget, NotCovered, InsuranceUnknown];

    public IReadOnlyDictionary<ReferralLevel, string> FreeForEveryone { get; } = freeForEveryone;

    public IReadOnlySet<SocialCategory> LocalBudgetCategories { get; } = localBudgetCategories;

    public CoverageFinding Assess(PatientInfo patient, ReferralLevel level)
    {
        if (FreeForEveryone.TryGetValue(level, out var free))
        {
            return new(free, CoverageStatus.Covered);
        }

        // The budget check comes before "uninsured" because it is what makes an uninsured patient covered.
        return patient.Insurance == InsuranceStatus.Insured ? new(Osms, CoverageStatus.Covered)
            : LocalBudgetCategories.Contains(patient.SocialCategory) ? new(LocalBudget, CoverageStatus.Covered)
            : patient.Insurance == InsuranceStatus.Uninsured ? new(NotCovered, CoverageStatus.NotCovered)
            : new(InsuranceUnknown, CoverageStatus.Unknown);
    }
}
