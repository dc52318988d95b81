namespace Triage.Reports.Accuracy;

/// <summary>The triage-accuracy section: overall, the three risk views, and every breakdown.</summary>
public sealed record AccuracyReport(AccuracySummary Overall, IReadOnlyList<RiskSummary> RiskViews, IReadOnlyList<Breakdown> Breakdowns);
