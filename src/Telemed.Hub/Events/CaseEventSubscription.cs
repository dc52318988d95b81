using System.Threading.Channels;
using Triage.Contracts.V1;

namespace Telemed.Hub.Events;

/// <summary>One watcher's queue of a case's events, in publication order.</summary>
public sealed class CaseEventSubscription : IDisposable
{
    private readonly Channel<CaseEvent> events = Channel.CreateUnbounded<CaseEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Action<CaseEventSubscription> unsubscribe;

    internal CaseEventSubscription(string caseId, Action<CaseEventSubscription> unsubscribe)
    {
        CaseId = caseId;
        this.unsubscribe = unsubscribe;
    }

    public string CaseId { get; }

    public ChannelReader<CaseEvent> Events => events.Reader;

    internal void Deliver(CaseEvent caseEvent) => events.Writer.TryWrite(caseEvent);

    public void Dispose()
    {
        unsubscribe(this);
        events.Writer.TryComplete();
    }
}
