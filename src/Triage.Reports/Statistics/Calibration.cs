namespace Triage.Reports.Statistics;

/// <summary>Whether predicted risks match observed rates.</summary>
public static class Calibration
{
    /// <summary>Mean squared difference between predicted risk and outcome (Brier, Mon Weather Rev 1950); 0 is perfect.</summary>
    public static double? Brier(IReadOnlyList<ScoredOutcome> cases) =>
        cases.Count == 0 ? null : cases.Average(c => Math.Pow(c.Score - (c.Outcome ? 1 : 0), 2));

    /// <summary>
    /// Cases sorted by predicted risk and cut into <paramref name="bins"/> groups of (nearly) equal size, deciles by
    /// default, each with its mean predicted risk and its observed rate (as in a Hosmer–Lemeshow table).
    /// </summary>
    public static IReadOnlyList<CalibrationBin> Table(IReadOnlyList<ScoredOutcome> cases, int bins = 10)
    {
        var ordered = cases.OrderBy(c => c.Score).ToList();
        var table = new List<CalibrationBin>();
        for (var b = 0; b < bins; b++)
        {
            var from = (int)((long)ordered.Count * b / bins);
            var to = (int)((long)ordered.Count * (b + 1) / bins);
            if (to > from)
            {
                var bin = ordered.GetRange(from, to - from);
                table.Add(new CalibrationBin(b + 1, bin.Count, bin.Average(c => c.Score), new Proportion(bin.Count(c => c.Outcome), bin.Count)));
            }
        }

        return table;
    }
}
