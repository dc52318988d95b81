using Triage.Contracts.V1;

namespace Triage.Engine.Model;

/// <summary>The model's view of one case.</summary>
/// <param name="Risk">Calibrated probability of a serious outcome (death, ICU or emergency transfer within 48 h).</param>
/// <param name="Level">The referral level the manifest's thresholds give for <paramref name="Risk"/>; a floor is applied by the caller.</param>
/// <param name="ModelVersion">"modelId/version" from the manifest.</param>
/// <param name="TopContributions">Largest contributions by absolute size, largest first; empty when the graph cannot be explained.</param>
public sealed record RiskAssessment(double Risk, ReferralLevel Level, string ModelVersion, IReadOnlyList<FeatureContribution> TopContributions);
