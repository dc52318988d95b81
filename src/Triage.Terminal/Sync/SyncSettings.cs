using Triage.Terminal.Link;

namespace Triage.Terminal.Sync;

/// <param name="BatchSize">Cases per SyncCases call: small enough that a deadline per call is meaningful on a slow link.</param>
/// <param name="BatchDeadline">The deadline of one SyncCases call.</param>
public sealed record SyncSettings(int BatchSize, TimeSpan BatchDeadline, RetrySettings Retry)
{
    public static SyncSettings Default { get; } = new(200, TimeSpan.FromSeconds(60), RetrySettings.Default);
}
