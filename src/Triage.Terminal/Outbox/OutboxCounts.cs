namespace Triage.Terminal.Outbox;

public sealed record OutboxCounts(int Queued, int Sent, int Acknowledged, int Failed)
{
    /// <summary>Cases a sync still has to deliver.</summary>
    public int Pending => Queued + Sent;

    public int Total => Queued + Sent + Acknowledged + Failed;
}
