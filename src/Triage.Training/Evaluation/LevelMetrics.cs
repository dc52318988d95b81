using Triage.Reports.Cases;
using Triage.Reports.Statistics;
using Triage.Contracts.V1;

namespace Triage.Training.Evaluation;

/// <summary>How a set of referral decisions fares against what happened.</summary>
/// <param name="Sensitivity">Per level: share of serious outcomes sent at that level or above.</param>
/// <param name="Specificity">Per level: share of the others kept below that level.</param>
/// <param name="UnderTriage">Share of all visits under-triaged (TriageErrors): a serious outcome sent TREAT_LOCALLY or ROUTINE.</param>
/// <param name="MissedSerious">Share of serious outcomes that were sent TREAT_LOCALLY/ROUTINE (1 − sensitivity at URGENT).</param>
/// <param name="OverTriage">Share of all visits over-triaged (TriageErrors): no serious outcome, yet sent URGENT or EMERGENCY.</param>
public sealed record LevelMetrics(
    IReadOnlyDictionary<string, double> Sensitivity,
    IReadOnlyDictionary<string, double> Specificity,
    double UnderTriage,
    double MissedSerious,
    double OverTriage,
    IReadOnlyDictionary<string, int> Count)
{
    public static readonly ReferralLevel[] Thresholded = [ReferralLevel.RoutineReferral, ReferralLevel.UrgentReferral, ReferralLevel.Emergency];

    public static LevelMetrics Of(IReadOnlyList<ReferralLevel> levels, IReadOnlyList<bool> serious)
    {
        var positives = serious.Count(s => s);
        var negatives = serious.Count - positives;
        var sensitivity = new Dictionary<string, double>();
        var specificity = new Dictionary<string, double>();
        foreach (var level in Thresholded)
        {
            var name = Contracts.WireName.Of(level);
            sensitivity[name] = Ratio(levels.Where((l, i) => serious[i] && l >= level).Count(), positives);
            specificity[name] = Ratio(levels.Where((l, i) => !serious[i] && l < level).Count(), negatives);
        }

        var againstOutcomes = levels.Select((l, i) => (LevelIndex.Of(l), AcceptableLevels.ForOutcome(serious[i]), 1)).ToList();
        return new LevelMetrics(
            sensitivity,
            specificity,
            TriageErrors.Under(againstOutcomes).Value ?? double.NaN,
            1 - sensitivity[Contracts.WireName.Of(ReferralLevel.UrgentReferral)],
            TriageErrors.Over(againstOutcomes).Value ?? double.NaN,
            Enum.GetValues<ReferralLevel>().Where(l => l != ReferralLevel.Unspecified)
                .ToDictionary(l => Contracts.WireName.Of(l), l => levels.Count(x => x == l)));
    }

    private static double Ratio(int part, int whole) => whole == 0 ? double.NaN : part / (double)whole;
}
