namespace Telemed.FanoutBench;

/// <param name="At">Stopwatch timestamp (the monotonic clock, the same in every process of the machine).</param>
public sealed record Arrival(string CaseId, long At);
