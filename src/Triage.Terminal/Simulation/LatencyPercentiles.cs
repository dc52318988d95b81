namespace Triage.Terminal.Simulation;

public sealed record LatencyPercentiles(double P50, double P90, double P99, double Max)
{
    public static LatencyPercentiles Of(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToArray();
        return new LatencyPercentiles(At(sorted, 0.50), At(sorted, 0.90), At(sorted, 0.99), sorted.Length == 0 ? double.NaN : sorted[^1]);
    }

    private static double At(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
