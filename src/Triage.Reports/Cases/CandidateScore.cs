using Triage.Contracts.V1;

namespace Triage.Reports.Cases;

/// <summary>What a candidate model scoring in shadow would have advised for a case: never shown, never acted on.</summary>
/// <param name="FinalLevel">The higher of the case's rule floor and <paramref name="ModelLevel"/>.</param>
public sealed record CandidateScore(string ModelVersion, double Risk, ReferralLevel ModelLevel, ReferralLevel FinalLevel);
