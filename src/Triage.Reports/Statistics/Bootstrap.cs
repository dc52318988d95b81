namespace Triage.Reports.Statistics;

/// <summary>
/// Percentile bootstrap (Efron &amp; Tibshirani 1993, ch. 13) for statistics with no closed-form interval, such as
/// weighted kappa and AUROC. Seeded, so the same data always gives the same interval.
/// </summary>
public static class Bootstrap
{
    public const int DefaultResamples = 1000;

    /// <summary>The 2.5th and 97.5th percentiles of <paramref name="statistic"/> over resamples of the items; null when too few resamples are defined.</summary>
    public static Interval? Interval95<T>(IReadOnlyList<T> items, Func<IReadOnlyList<T>, double?> statistic, int seed, int resamples = DefaultResamples)
    {
        if (items.Count == 0)
        {
            return null;
        }

        var random = new Random(seed);
        var values = new List<double>(resamples);
        var sample = new T[items.Count];
        for (var r = 0; r < resamples; r++)
        {
            for (var i = 0; i < sample.Length; i++)
            {
                sample[i] = items[random.Next(items.Count)];
            }

            if (statistic(sample) is { } value && !double.IsNaN(value))
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
}
