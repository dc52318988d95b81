using Triage.Reports.Accuracy;
using Triage.Reports.Cases;
using Triage.Reports.Coverage;
using Triage.Reports.Operations;

namespace Triage.Reports;

public static class TriageReportBuilder
{
    /// <summary>Bootstrap seed: the same cases always give the same intervals.</summary>
    public const int Seed = 20_13;

    /// <param name="caveats">What the reader must know first, e.g. that the model was trained on synthetic data.</param>
    public static TriageReport Build(ReportScope scope, IReadOnlyList<ReportCase> cases, IReadOnlyList<string> caveats) => new(
        scope,
        cases.Count,
        caveats,
        AccuracyCalculator.Report(cases, Seed),
        OperationsCalculator.Report(cases),
        CoverageCalculator.Report(cases));
}
