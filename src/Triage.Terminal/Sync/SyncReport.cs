namespace Triage.Terminal.Sync;

/// <param name="Acknowledged">Cases the gateway stored during this sync.</param>
/// <param name="Refused">Cases the gateway refused for good; they are marked failed with the reason.</param>
/// <param name="StillPending">Cases left for the next sync, because the link never came back in time.</param>
/// <param name="Interruptions">Calls that broke off, after which the sync went on where it stopped.</param>
public sealed record SyncReport(int Acknowledged, int Refused, int StillPending, int Interruptions, string? LastError)
{
    public bool Complete => StillPending == 0;
}
