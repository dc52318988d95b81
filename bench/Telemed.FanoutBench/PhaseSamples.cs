namespace Telemed.FanoutBench;

/// <summary>What the blocks of one audience size collected, summed over the run.</summary>
public sealed class PhaseSamples
{
    public List<(string CaseId, double Milliseconds)> Arrivals { get; } = [];

    public List<double> Replies { get; } = [];

    public TimeSpan GatewayCpu { get; set; }

    public TimeSpan ConsolesCpu { get; set; }

    public int Cases { get; set; }

    /// <param name="consolesApart">False when the consoles share the gateway's process: its CPU then counts both.</param>
    public Phase ToPhase(bool consolesApart)
    {
        var all = Arrivals.Select(a => a.Milliseconds).Order().ToArray();
        var lastPerCase = Arrivals.GroupBy(a => a.CaseId).Select(g => g.Max(a => a.Milliseconds)).Order().ToArray();
        var replies = Replies.Order().ToArray();
        return new Phase(
            all.Length, Percentile(all, 0.50), Percentile(all, 0.99), Percentile(lastPerCase, 0.50), Percentile(lastPerCase, 0.99),
            Percentile(replies, 0.50), Percentile(replies, 0.99),
            GatewayCpu.TotalMilliseconds / Cases, consolesApart ? ConsolesCpu.TotalMilliseconds / Cases : double.NaN);
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
