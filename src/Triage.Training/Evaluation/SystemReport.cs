namespace Triage.Training.Evaluation;

/// <summary>The figures of one decision-maker (nurses, NEWS2, rules, model or hybrid) on a set of held-out visits.</summary>
/// <param name="Auroc">Null for NEWS2, which does not apply to every visit, or when the set has no serious outcome.</param>
/// <param name="AurocAdults">On adults who are not pregnant, where NEWS2 applies: the like-for-like comparison with NEWS2.</param>
/// <param name="Levels">Null for NEWS2, which sets no referral level by itself.</param>
/// <param name="Brier">Only for a probability (the model).</param>
public sealed record SystemReport(string Name, Estimate? Auroc, Estimate? AurocAdults, LevelMetrics? Levels, double? Brier);
