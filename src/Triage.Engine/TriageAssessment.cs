using Triage.Contracts.V1;
using Triage.Engine.Coverage;
using Triage.Engine.News2;

namespace Triage.Engine;

/// <summary>The engine's advice for one case.</summary>
/// <param name="Risk">Calibrated probability of a serious outcome; null when no risk model took part.</param>
/// <param name="Language">The language the texts are in, after falling back from the one asked for.</param>
/// <param name="Coverage">Whether the suggested care is paid for this patient.</param>
/// <param name="RuleLevel">The level the clinical rules alone set: the floor under <paramref name="Level"/>.</param>
/// <param name="ModelLevel">The level the risk model's thresholds give; null when no model took part.</param>
/// <param name="MeasureNext">Vital signs (wire names) not measured whose abnormal value alone would raise the level.</param>
public sealed record TriageAssessment(
    ReferralLevel Level,
    Specialty Specialty,
    double? Risk,
    string? ModelVersion,
    News2Score? News2,
    IReadOnlyList<TriageReason> Reasons,
    IReadOnlyList<string> RedFlags,
    IReadOnlyList<string> MissingVitals,
    string Advice,
    string Language,
    CoverageNote Coverage,
    ReferralLevel RuleLevel,
    ReferralLevel? ModelLevel,
    IReadOnlyList<string> MeasureNext);
