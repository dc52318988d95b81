namespace Triage.Reports.Statistics;

/// <summary>
/// A share of trials with its 95 % Wilson score interval (Wilson, JASA 1927), which stays inside [0, 1] and
/// keeps its coverage for the small counts and extreme shares of a rural district's month.
/// </summary>
public sealed record Proportion(int Successes, int Trials)
{
    private const double Z = 1.959963984540054;

    /// <summary>Cells smaller than this are flagged rather than reported as precise.</summary>
    public const int SmallCell = 20;

    public double? Value => Trials == 0 ? null : (double)Successes / Trials;

    public Interval? Wilson95
    {
        get
        {
            if (Trials == 0)
            {
                return null;
            }

            double n = Trials, p = Successes / n, z2 = Z * Z;
            var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
            var half = Z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
            return new Interval(Math.Max(0, centre - half), Math.Min(1, centre + half));
        }
    }

    public bool IsSmall => Trials < SmallCell;
}
