namespace Triage.Terminal.Simulation;

/// <param name="Throttled">Calls the gateway turned away under its per-terminal rate limit (retried after its delay).</param>
/// <param name="Throughput">Acknowledged cases per second of wall time.</param>
/// <param name="LatencyMs">SubmitCase round trips in milliseconds: p50, p90, p99 and max.</param>
public sealed record SimulationReport(
    int Clinics,
    int Cases,
    double TargetRate,
    int Acknowledged,
    int Refused,
    int Unsent,
    int Throttled,
    double Seconds,
    double Throughput,
    LatencyPercentiles LatencyMs);
