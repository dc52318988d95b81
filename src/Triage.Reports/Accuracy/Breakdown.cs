namespace Triage.Reports.Accuracy;

/// <summary>Accuracy per value of one dimension (district, model version, month …), largest groups first.</summary>
public sealed record Breakdown(string Dimension, IReadOnlyList<BreakdownRow> Rows);
