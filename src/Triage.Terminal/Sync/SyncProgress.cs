namespace Triage.Terminal.Sync;

/// <summary>How far a sync has got: cases answered (stored or refused) out of those due when it started.</summary>
public sealed record SyncProgress(int Answered, int Due);
