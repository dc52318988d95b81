using Triage.Engine.Model;

namespace Triage.Training.Training;

/// <summary>The model's trade-off on validation visits: for risk cut-offs from high to low, visits referred and serious outcomes caught.</summary>
public static class TradeOffCurve
{
    /// <summary>Cut-offs at the risks of every hundredth visit, finer (every thousandth) in the top tenth where budgets lie.</summary>
    public static IReadOnlyList<TradeOffPoint> Of(IReadOnlyList<float> risks, IReadOnlyList<bool> serious)
    {
        var sorted = risks.Select((r, i) => (Risk: (double)r, Serious: serious[i])).OrderByDescending(p => p.Risk).ToArray();
        var positives = Math.Max(1, sorted.Count(p => p.Serious));
        var shares = Enumerable.Range(1, 100).Select(k => k / 1000.0).Concat(Enumerable.Range(11, 90).Select(k => k / 100.0));
        var points = new List<TradeOffPoint>();
        foreach (var share in shares)
        {
            var cut = sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)].Risk;
            var referred = sorted.TakeWhile(p => p.Risk >= cut).ToArray();
            var point = new TradeOffPoint(Math.Round(cut, 6), Math.Round((double)referred.Length / sorted.Length, 4), Math.Round((double)referred.Count(p => p.Serious) / positives, 4));
            if (points.Count == 0 || points[^1].Risk != point.Risk)
            {
                points.Add(point);
            }
        }

        return points;
    }
}
