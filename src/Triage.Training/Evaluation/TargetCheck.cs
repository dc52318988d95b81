namespace Triage.Training.Evaluation;

/// <summary>One of the targets the model was set, and by how much it is met or missed.</summary>
public sealed record TargetCheck(string Target, double Required, double Achieved, bool Met);
