namespace Triage.Training.Evaluation;

/// <summary>One row of a calibration table: cases whose predicted risk fell in this tenth.</summary>
public sealed record CalibrationBin(int Cases, double MeanPredicted, double Observed)
{
    /// <summary>Equal-count bins by predicted risk, so every row rests on the same number of cases.</summary>
    public static IReadOnlyList<CalibrationBin> Table(IReadOnlyList<double> risks, IReadOnlyList<bool> serious, int bins = 10)
    {
        var order = Enumerable.Range(0, risks.Count).OrderBy(i => risks[i]).ToArray();
        return Enumerable.Range(0, bins).Select(b =>
        {
            var members = order[(b * order.Length / bins)..((b + 1) * order.Length / bins)];
            return new CalibrationBin(members.Length, members.Average(i => risks[i]), members.Average(i => serious[i] ? 1.0 : 0.0));
        }).ToList();
    }

    public static double Brier(IReadOnlyList<double> risks, IReadOnlyList<bool> serious) =>
        risks.Select((r, i) => Math.Pow(r - (serious[i] ? 1 : 0), 2)).Average();
}
