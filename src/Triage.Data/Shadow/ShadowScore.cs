namespace Triage.Data.Shadow;

/// <summary>
/// What a candidate model would have advised for one stored case, scored after the case was committed and never
/// shown to the terminal. Levels are <c>ReferralLevel</c> numbers, as on the case; the time is UTC.
/// </summary>
public sealed class ShadowScore
{
    public Guid CaseId { get; init; }

    /// <summary>"modelId/version" of the candidate; with the case, the key: a case is scored once per version.</summary>
    public required string ModelVersion { get; init; }

    public double Risk { get; init; }

    /// <summary>The level the candidate's thresholds give for <see cref="Risk"/>.</summary>
    public int ModelLevel { get; init; }

    /// <summary>The higher of the case's stored rule floor and <see cref="ModelLevel"/>: the advice the candidate would have given.</summary>
    public int FinalLevel { get; init; }

    public DateTime ScoredAtUtc { get; init; }
}
