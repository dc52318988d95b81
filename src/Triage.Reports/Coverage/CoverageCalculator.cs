using Triage.Contracts.V1;
using Triage.Reports.Cases;
using Triage.Reports.Statistics;

namespace Triage.Reports.Coverage;

public static class CoverageCalculator
{
    public static IReadOnlyList<DistrictCoverage> Report(IReadOnlyList<ReportCase> cases) =>
        cases.GroupBy(c => c.DistrictId)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(District)
            .ToList();

    private static DistrictCoverage District(IGrouping<string, ReportCase> district)
    {
        var all = district.ToList();
        var plannedUninsured = all.Where(c => c.Insurance == InsuranceStatus.Uninsured && c.EngineLevel == ReferralLevel.RoutineReferral).ToList();
        return new DistrictCoverage(
            district.Key,
            all.Count,
            new Proportion(all.Count(c => c.Insurance == InsuranceStatus.Insured), all.Count),
            new Proportion(all.Count(c => c.Insurance == InsuranceStatus.Uninsured), all.Count),
            new Proportion(all.Count(IsCategoryDOrE), all.Count),
            plannedUninsured.Count,
            plannedUninsured.Count(IsCategoryDOrE));
    }

    private static bool IsCategoryDOrE(ReportCase c) => c.SocialCategory is SocialCategory.D or SocialCategory.E;
}
