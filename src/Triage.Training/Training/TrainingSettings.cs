using Triage.Engine.Referral;

namespace Triage.Training.Training;

/// <summary>
/// How the model is trained and where its levels are set. Few, shallow trees keep exact explanations within the
/// single-case latency budget.
/// </summary>
/// <param name="Budget">The share of visits the model may refer at each level; the shipped policy's by default.</param>
public sealed record TrainingSettings(int Trees, int Leaves, double LearningRate, int MinimumRowsPerLeaf, ReferralBudget Budget)
{
    public static TrainingSettings Default { get; } = new(120, 8, 0.12, 30, ReferralPolicyLoader.Shipped().Budget!);
}
