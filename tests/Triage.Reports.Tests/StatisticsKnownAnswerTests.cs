using Triage.Reports.Statistics;

namespace Triage.Reports.Tests;

/// <summary>Every metric against answers worked out by hand from its published formula.</summary>
public sealed class StatisticsKnownAnswerTests
{
    [Theory]
    [InlineData(81, 263, 0.25529, 0.36621)] // the worked example of Wilson's interval in Newcombe, Stat Med 1998
    [InlineData(0, 10, 0.0, 0.27753)]
    [InlineData(10, 10, 0.72247, 1.0)]
    [InlineData(5, 20, 0.11186, 0.46870)]
    public void Wilson_interval_matches_the_formula(int successes, int trials, double lower, double upper)
    {
        var interval = new Proportion(successes, trials).Wilson95!;

        Assert.Equal(lower, interval.Lower, 5);
        Assert.Equal(upper, interval.Upper, 5);
    }

    [Fact]
    public void A_proportion_of_nothing_has_no_value_and_small_cells_are_flagged()
    {
        Assert.Null(new Proportion(0, 0).Value);
        Assert.Null(new Proportion(0, 0).Wilson95);
        Assert.True(new Proportion(3, 19).IsSmall);
        Assert.False(new Proportion(3, 20).IsSmall);
    }

    [Fact]
    public void Two_categories_give_cohens_classic_kappa()
    {
        // 20 agree yes, 15 agree no, 5 and 10 disagree: p_o = 0.70, p_e = 0.50, kappa = 0.40.
        var matrix = Matrix(new[,] { { 20, 5 }, { 10, 15 } });

        Assert.Equal(0.40, matrix.LinearWeightedKappa()!.Value, 10);
    }

    [Fact]
    public void Four_levels_give_the_hand_computed_weighted_kappa_and_triage_rates()
    {
        var matrix = Matrix(new[,] { { 20, 5, 1, 0 }, { 4, 15, 3, 1 }, { 0, 2, 10, 2 }, { 0, 0, 1, 6 } });

        Assert.Equal(70, matrix.Total);
        Assert.Equal(0.7271714922, matrix.LinearWeightedKappa()!.Value, 9);
        Assert.Equal(new Proportion(51, 70), matrix.ExactAgreement);
        Assert.Equal(new Proportion(12, 70), matrix.UnderTriage);
        Assert.Equal(new Proportion(7, 70), matrix.OverTriage);
        Assert.Equal(new Proportion(6, 9), matrix.SensitivityAtOrAbove(3));
        Assert.Equal(new Proportion(19, 24), matrix.SensitivityAtOrAbove(2));
    }

    [Fact]
    public void Kappa_is_undefined_when_everything_falls_in_one_category()
    {
        Assert.Null(Matrix(new[,] { { 0, 0 }, { 0, 9 } }).LinearWeightedKappa());
        Assert.Null(new ConfusionMatrix(4).LinearWeightedKappa());
    }

    [Fact]
    public void Auroc_counts_ties_as_one_half()
    {
        // Positives 0.9 and 0.5, negatives 0.5 and 0.1: pairs won 1 + 1 + 1, tied 1 → 3.5 / 4.
        Assert.Equal(0.875, Discrimination.Auroc(Scores((0.9, true), (0.5, true), (0.5, false), (0.1, false)))!.Value, 12);
        Assert.Equal(0.75, Discrimination.Auroc(Scores((0.1, false), (0.4, false), (0.35, true), (0.8, true)))!.Value, 12);
        Assert.Equal(0.5, Discrimination.Auroc(Scores((0.5, false), (0.5, true), (0.5, false), (0.5, true)))!.Value, 12);
        Assert.Null(Discrimination.Auroc(Scores((0.2, true), (0.9, true))));
    }

    [Fact]
    public void Roc_curve_runs_from_the_origin_to_the_corner_through_each_threshold()
    {
        var curve = Discrimination.RocCurve(Scores((0.9, true), (0.5, true), (0.5, false), (0.1, false)));

        Assert.Equal([new RocPoint(0, 0), new RocPoint(0, 0.5), new RocPoint(0.5, 1), new RocPoint(1, 1)], curve);
    }

    [Fact]
    public void Brier_score_is_the_mean_squared_error_of_the_risk()
    {
        Assert.Equal(0.22, Calibration.Brier(Scores((0.1, false), (0.9, true), (0.8, false)))!.Value, 12);
        Assert.Null(Calibration.Brier([]));
    }

    [Fact]
    public void Calibration_deciles_hold_equal_counts_with_their_mean_risk_and_observed_rate()
    {
        var cases = Enumerable.Range(0, 20).Select(i => new ScoredOutcome(i / 20.0, i % 4 == 0)).ToList();

        var table = Calibration.Table(cases);

        Assert.Equal(10, table.Count);
        Assert.All(table, bin => Assert.Equal(2, bin.Count));
        Assert.Equal(0.025, table[0].MeanPredicted, 12);
        Assert.Equal(new Proportion(1, 2), table[0].Observed);
        Assert.Equal(new Proportion(0, 2), table[1].Observed);
        Assert.Equal(0.925, table[9].MeanPredicted, 12);
    }

    [Fact]
    public void Quantiles_interpolate_between_order_statistics()
    {
        Assert.Equal(2.5, Quantiles.Of([4, 1, 3, 2], 0.5));
        Assert.Equal(3.7, Quantiles.Of([4, 1, 3, 2], 0.9)!.Value, 12);
        Assert.Null(Quantiles.Of([], 0.5));
    }

    [Fact]
    public void Bootstrap_interval_is_seeded_and_brackets_the_statistic()
    {
        var values = Enumerable.Range(1, 200).Select(i => (double)(i % 17)).ToList();

        var first = Bootstrap.Interval95(values, s => s.Average(), seed: 7);
        var again = Bootstrap.Interval95(values, s => s.Average(), seed: 7);

        Assert.Equal(first, again);
        Assert.True(first!.Contains(values.Average()));
        Assert.True(first.Upper - first.Lower < 2);
    }

    private static ConfusionMatrix Matrix(int[,] counts)
    {
        var matrix = new ConfusionMatrix(counts.GetLength(0));
        for (var i = 0; i < counts.GetLength(0); i++)
        {
            for (var j = 0; j < counts.GetLength(1); j++)
            {
                for (var n = 0; n < counts[i, j]; n++)
                {
                    matrix.Add(i, j);
                }
            }
        }

        return matrix;
    }

    private static List<ScoredOutcome> Scores(params (double Score, bool Outcome)[] cases) => cases.Select(c => new ScoredOutcome(c.Score, c.Outcome)).ToList();
}
