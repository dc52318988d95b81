using Triage.Reports.Statistics;

namespace Triage.Training.Evaluation;

/// <summary>A point estimate with its 95 % confidence interval.</summary>
public sealed record Estimate(double Value, double Low, double High)
{
    /// <summary>The AUROC with its bootstrap interval, as the reports compute it; null without both classes.</summary>
    public static Estimate? Auroc(IReadOnlyList<ScoredOutcome> cases, int seed) =>
        Discrimination.Auroc(cases) is { } value && AurocBootstrap.Interval95(cases, seed) is { } interval
            ? new Estimate(value, interval.Lower, interval.Upper)
            : null;

    public override string ToString() => FormattableString.Invariant($"{Value:F3} ({Low:F3}–{High:F3})");
}
