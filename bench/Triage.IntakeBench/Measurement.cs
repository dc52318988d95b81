namespace Triage.IntakeBench;

public sealed record Measurement(double Throughput, double P50, double P99)
{
    public static Measurement Of(IReadOnlyList<double> latencies, TimeSpan elapsed)
    {
        var sorted = latencies.Order().ToArray();
        return new Measurement(sorted.Length / elapsed.TotalSeconds, At(sorted, 0.50), At(sorted, 0.99));
    }

    private static double At(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
