namespace Triage.Training.Evaluation;

/// <summary>A point estimate with its 95 % confidence interval.</summary>
public sealed record Estimate(double Value, double Low, double High)
{
    public override string ToString() => FormattableString.Invariant($"{Value:F3} ({Low:F3}–{High:F3})");
}
