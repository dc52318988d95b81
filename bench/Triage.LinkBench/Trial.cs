using Triage.LinkBench.Emulation;

namespace Triage.LinkBench;

/// <summary>One timed run of a scenario: how long it took, the bytes that crossed the link, and the protobuf payloads in it.</summary>
/// <param name="Wire">Bytes on the link each way; zero when the run went straight to the gateway.</param>
/// <param name="Payload">The protobuf messages themselves (CalculateSize), requests up and answers down.</param>
internal sealed record Trial(TimeSpan Elapsed, LinkBytes Wire, LinkBytes Payload, int Cases);
