namespace Triage.Testing;

/// <summary>What a finished command printed and how it exited.</summary>
public sealed record CommandLineRun(int ExitCode, string Output, string Error);
