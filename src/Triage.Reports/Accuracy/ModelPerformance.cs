namespace Triage.Reports.Accuracy;

/// <summary>One side of a model comparison: who advised (or would have), and the accuracy and risk figures of that advice.</summary>
/// <param name="Label">Says which side: the advice given, or a candidate's in shadow that nobody acted on.</param>
/// <param name="ModelVersions">The model versions behind this side's advice over the compared cases.</param>
/// <param name="RiskViews">The model's risk and the combined advice against the outcome; the rules' view is the same on both sides.</param>
public sealed record ModelPerformance(string Label, IReadOnlyList<string> ModelVersions, AccuracySummary Accuracy, IReadOnlyList<RiskSummary> RiskViews);
