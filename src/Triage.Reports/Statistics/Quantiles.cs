namespace Triage.Reports.Statistics;

/// <summary>Quantiles by linear interpolation between order statistics (Hyndman &amp; Fan 1996, type 7; R's and NumPy's default).</summary>
public static class Quantiles
{
    public static double? Of(IEnumerable<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null : Sorted(sorted, q);
    }

    public static double Sorted(IReadOnlyList<double> sorted, double q)
    {
        var position = q * (sorted.Count - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
