namespace Triage.Reports.Statistics;

/// <summary>A predicted risk (or any score where higher means worse) and whether the outcome happened.</summary>
public readonly record struct ScoredOutcome(double Score, bool Outcome);
