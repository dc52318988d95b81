namespace Triage.Reports.Statistics;

/// <summary>
/// The percentile bootstrap interval of the AUROC (Efron &amp; Tibshirani 1993, ch. 13). Each resample reweights the
/// cases of one sorted pass instead of sorting again, so the thousand resamples of a ten-thousand-visit evaluation stay
/// cheap. Seeded, so the same data always gives the same interval.
/// </summary>
public static class AurocBootstrap
{
    /// <summary>Null without both classes or when too few resamples have both.</summary>
    public static Interval? Interval95(IReadOnlyList<ScoredOutcome> cases, int seed, int resamples = Bootstrap.DefaultResamples)
    {
        if (Discrimination.Auroc(cases) is null)
        {
            return null;
        }

        var order = Enumerable.Range(0, cases.Count).OrderBy(i => cases[i].Score).ToArray();
        var random = new Random(seed);
        var weights = new int[cases.Count];
        var values = new List<double>(resamples);
        for (var r = 0; r < resamples; r++)
        {
            Array.Clear(weights);
            for (var k = 0; k < weights.Length; k++)
            {
                weights[random.Next(weights.Length)]++;
            }

            if (Weighted(order, cases, weights) is { } value)
            {
                values.Add(value);
            }
        }

        if (values.Count < resamples / 2)
        {
            return null;
        }

        values.Sort();
        return new Interval(Quantiles.Sorted(values, 0.025), Quantiles.Sorted(values, 0.975));
    }

    /// <summary>The Mann–Whitney AUROC with each case counted <paramref name="weight"/> times; null without both classes.</summary>
    private static double? Weighted(int[] order, IReadOnlyList<ScoredOutcome> cases, int[] weight)
    {
        double negativesBelow = 0, pairs = 0, positives = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            double pos = 0, neg = 0;
            while (end < order.Length && cases[order[end]].Score == cases[order[start]].Score)
            {
                var i = order[end++];
                if (cases[i].Outcome)
                {
                    pos += weight[i];
                }
                else
                {
                    neg += weight[i];
                }
            }

            // Positives beat every negative below them and tie with half of those level with them.
            pairs += pos * (negativesBelow + neg / 2);
            negativesBelow += neg;
            positives += pos;
            start = end;
        }

        return positives == 0 || negativesBelow == 0 ? null : pairs / (positives * negativesBelow);
    }
}
