namespace Triage.Engine.Model;

/// <param name="Synthetic">True when no real patient contributed: such a model has not been validated on patients.</param>
public sealed record TrainingDataDescription(bool Synthetic, string Description, string Source, int Rows, int SeriousOutcomes);
