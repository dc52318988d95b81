namespace Triage.Data.Shadow;

/// <summary>A committed case as the terminal sent it and as the active engine answered it (protobuf bytes).</summary>
public sealed record UnscoredCase(Guid Id, byte[] Report, byte[] Result);
