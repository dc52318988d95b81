namespace Telemed.FanoutBench;

/// <summary>One phase's figures in milliseconds; "all told" is per case, until the last specialist of its audience heard.</summary>
/// <param name="ReplyP50">Submission until the terminal's reply, which the gateway sends once the notices are handed to the hub.</param>
/// <param name="ConsolesCpuPerCase">NaN when the consoles share the gateway's process, whose CPU then counts both.</param>
public sealed record Phase(
    int Deliveries, double P50, double P99, double LastP50, double LastP99, double ReplyP50, double ReplyP99, double GatewayCpuPerCase, double ConsolesCpuPerCase);
