using Triage.Contracts.V1;

namespace Triage.Training.Evaluation;

/// <summary>How a set of referral decisions fares against what happened.</summary>
/// <param name="Sensitivity">Per level: share of serious outcomes sent at that level or above.</param>
/// <param name="Specificity">Per level: share of the others kept below that level.</param>
/// <param name="UnderTriage">Share of TREAT_LOCALLY/ROUTINE decisions that ended in a serious outcome.</param>
/// <param name="MissedSerious">Share of serious outcomes that were sent TREAT_LOCALLY/ROUTINE.</param>
/// <param name="OverTriage">Share of URGENT/EMERGENCY decisions that did not end in a serious outcome.</param>
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
            var name = Engine.WireName.Of(level);
            sensitivity[name] = Ratio(levels.Where((l, i) => serious[i] && l >= level).Count(), positives);
            specificity[name] = Ratio(levels.Where((l, i) => !serious[i] && l < level).Count(), negatives);
        }

        bool Low(ReferralLevel l) => l <= ReferralLevel.RoutineReferral;
        var low = levels.Count(Low);
        return new LevelMetrics(
            sensitivity,
            specificity,
            Ratio(levels.Where((l, i) => serious[i] && Low(l)).Count(), low),
            Ratio(levels.Where((l, i) => serious[i] && Low(l)).Count(), positives),
            Ratio(levels.Where((l, i) => !serious[i] && !Low(l)).Count(), levels.Count - low),
            Enum.GetValues<ReferralLevel>().Where(l => l != ReferralLevel.Unspecified)
                .ToDictionary(l => Engine.WireName.Of(l), l => levels.Count(x => x == l)));
    }

    private static double Ratio(int part, int whole) => whole == 0 ? double.NaN : part / (double)whole;
}
