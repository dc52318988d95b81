using Triage.Contracts.V1;
using Triage.Reports.Cases;
using Triage.Reports.Statistics;

namespace Triage.Reports.Accuracy;

/// <summary>Computes accuracy and risk summaries from concluded cases.</summary>
public static class AccuracyCalculator
{
    public const string RulesScorer = "rules";

    /// <summary>The outcome risk is judged against: the specialist decided on evacuation now.</summary>
    public static bool IsSerious(ReportCase c) => c.FinalLevel == ReferralLevel.Emergency;

    /// <summary>The whole section for <paramref name="cases"/>; only concluded cases count.</summary>
    public static AccuracyReport Report(IReadOnlyList<ReportCase> cases, int seed)
    {
        var concluded = cases.Where(c => c.FinalLevel is not null).ToList();
        var breakdowns = Dimensions.All.Select(d => new Breakdown(d.Name, concluded
                .GroupBy(d.Key)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new BreakdownRow(g.Key, Summarise(g.ToList(), seed)))
                .ToList()))
            .ToList();
        var trend = concluded
            .GroupBy(c => (c.DistrictId, Month: Dimensions.Month(c.ReceivedAtUtc)))
            .Select(g => new TrendPoint(g.Key.DistrictId, g.Key.Month, MatrixOf(g).UnderTriage))
            .ToList();
        return new AccuracyReport(Summarise(concluded, seed), RiskViews(concluded, seed), breakdowns, trend, ModelComparisons.Of(concluded, seed));
    }

    public static AccuracySummary Summarise(IReadOnlyList<ReportCase> concluded, int seed)
    {
        var matrix = MatrixOf(concluded);
        return new AccuracySummary(
            matrix.Total,
            matrix,
            matrix.ExactAgreement,
            matrix.LinearWeightedKappa(),
            Bootstrap.Interval95(concluded, sample => MatrixOf(sample).LinearWeightedKappa(), seed),
            matrix.UnderTriage,
            matrix.OverTriage,
            matrix.SensitivityAtOrAbove(LevelIndex.Of(ReferralLevel.Emergency)),
            matrix.SensitivityAtOrAbove(LevelIndex.Of(ReferralLevel.UrgentReferral)));
    }

    /// <summary>
    /// The three views the administrators compare: the model's calibrated risk; the rules' level alone; and the
    /// combined advice, ranked by level and, within a level, by risk. Cases lacking a score are left out of that view.
    /// </summary>
    public static IReadOnlyList<RiskSummary> RiskViews(IReadOnlyList<ReportCase> concluded, int seed) =>
    [
        Risk("model", concluded.Where(c => c.Risk is not null).Select(c => new ScoredOutcome(c.Risk!.Value, IsSerious(c))).ToList(), isProbability: true, seed),
        Risk(RulesScorer, concluded.Where(c => c.RuleLevel is not null).Select(c => new ScoredOutcome(LevelIndex.Of(c.RuleLevel!.Value), IsSerious(c))).ToList(), isProbability: false, seed),
        Risk("combined", concluded.Select(c => new ScoredOutcome(LevelIndex.RankingScore(c.EngineLevel, c.Risk), IsSerious(c))).ToList(), isProbability: false, seed),
    ];

    private static RiskSummary Risk(string scorer, IReadOnlyList<ScoredOutcome> scored, bool isProbability, int seed) => new(
        scorer,
        scored.Count,
        scored.Count(s => s.Outcome),
        Discrimination.Auroc(scored),
        AurocBootstrap.Interval95(scored, seed),
        isProbability ? Calibration.Brier(scored) : null,
        isProbability ? Calibration.Table(scored) : [],
        Discrimination.RocCurve(scored));

    private static ConfusionMatrix MatrixOf(IEnumerable<ReportCase> concluded)
    {
        var matrix = new ConfusionMatrix(LevelIndex.Count);
        foreach (var c in concluded)
        {
            matrix.Add(LevelIndex.Of(c.EngineLevel), LevelIndex.Of(c.FinalLevel!.Value));
        }

        return matrix;
    }
}
