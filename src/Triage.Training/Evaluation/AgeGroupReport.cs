namespace Triage.Training.Evaluation;

/// <summary>Every decision-maker's figures within one age group.</summary>
public sealed record AgeGroupReport(string Group, int Cases, int SeriousOutcomes, IReadOnlyList<SystemReport> Systems);
