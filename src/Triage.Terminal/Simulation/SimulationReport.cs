namespace Triage.Terminal.Simulation;

/// <param name="Throughput">Acknowledged cases per second of wall time.</param>
/// <param name="LatencyMs">SubmitCase round trips in milliseconds: p50, p90, p99 and max.</param>
public sealed record SimulationReport(
    int Clinics,
    int Cases,
    double TargetRate,
    int Acknowledged,
    int Refused,
    int Unsent,
    double Seconds,
    double Throughput,
    LatencyPercentiles LatencyMs);
