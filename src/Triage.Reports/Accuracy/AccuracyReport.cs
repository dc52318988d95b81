namespace Triage.Reports.Accuracy;

/// <summary>The triage-accuracy section: overall, the three risk views, and every breakdown, and under-triage per district and month.</summary>
public sealed record AccuracyReport(AccuracySummary Overall, IReadOnlyList<RiskSummary> RiskViews, IReadOnlyList<Breakdown> Breakdowns, IReadOnlyList<TrendPoint> UnderTriageTrend);
