namespace Triage.Reports.Accuracy;

public sealed record BreakdownRow(string Key, AccuracySummary Accuracy);
