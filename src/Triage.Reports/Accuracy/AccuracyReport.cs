namespace Triage.Reports.Accuracy;

/// <summary>
/// The triage-accuracy section: overall, the three risk views, every breakdown, under-triage per district and month,
/// and each candidate model in shadow beside the active advice.
/// </summary>
public sealed record AccuracyReport(
    AccuracySummary Overall,
    IReadOnlyList<RiskSummary> RiskViews,
    IReadOnlyList<Breakdown> Breakdowns,
    IReadOnlyList<TrendPoint> UnderTriageTrend,
    IReadOnlyList<ModelComparison> ModelComparisons);
