using Triage.Reports.Accuracy;
using Triage.Reports.Coverage;
using Triage.Reports.Operations;

namespace Triage.Reports;

/// <summary>Everything an administrator reads for one period and area, with the caveats that apply to it.</summary>
public sealed record TriageReport(
    ReportScope Scope,
    int Cases,
    IReadOnlyList<string> Caveats,
    AccuracyReport Accuracy,
    OperationsReport Operations,
    IReadOnlyList<DistrictCoverage> Coverage);
