namespace Triage.Training.Training;

/// <summary>
/// How the model is trained and where its levels are set. Few, shallow trees keep exact explanations within the
/// single-case latency budget; the data has no deeper interactions to find.
/// </summary>
/// <param name="Sensitivities">Share of serious outcomes (on validation) each level must catch at or above it.</param>
public sealed record TrainingSettings(int Trees, int Leaves, double LearningRate, int MinimumRowsPerLeaf, LevelSensitivities Sensitivities)
{
    public static TrainingSettings Default { get; } = new(120, 8, 0.12, 30, LevelSensitivities.Default);
}
