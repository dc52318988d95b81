using Triage.Reports.Statistics;

namespace Triage.Reports.Coverage;

/// <summary>
/// Who reached triage in one district, in coverage terms. <paramref name="UninsuredPlannedReferrals"/> counts
/// uninsured patients advised planned specialist care, which OSMS would pay for; of them,
/// <paramref name="CoveredByLocalBudget"/> are of social category D or E, whose care the local budget covers.
/// </summary>
public sealed record DistrictCoverage(
    string DistrictId,
    int Triaged,
    Proportion Insured,
    Proportion Uninsured,
    Proportion CategoryDOrE,
    int UninsuredPlannedReferrals,
    int CoveredByLocalBudget);
