namespace Triage.Terminal.Link;

/// <summary>A sync round ended without a single final answer; worth another try after a pause.</summary>
public sealed class SyncStalledException(string message) : Exception(message);
