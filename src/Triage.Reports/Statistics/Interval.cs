namespace Triage.Reports.Statistics;

/// <summary>A two-sided 95 % confidence interval.</summary>
public sealed record Interval(double Lower, double Upper)
{
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
