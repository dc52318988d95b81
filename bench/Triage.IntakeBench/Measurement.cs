namespace Triage.IntakeBench;

/// <param name="CpuPerCall">Milliseconds of this process's CPU (client and gateway together) per call.</param>
public sealed record Measurement(double Throughput, double P50, double P99, double CpuPerCall)
{
    public static Measurement Of(IReadOnlyList<double> latencies, TimeSpan elapsed, TimeSpan cpu)
    {
        var sorted = latencies.Order().ToArray();
        return new Measurement(sorted.Length / elapsed.TotalSeconds, At(sorted, 0.50), At(sorted, 0.99), cpu.TotalMilliseconds / sorted.Length);
    }

    private static double At(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
