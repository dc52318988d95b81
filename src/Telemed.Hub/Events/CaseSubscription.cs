using System.Threading.Channels;

namespace Telemed.Hub.Events;

/// <summary>One watcher's queue of what is published for a case, in publication order; dispose it to stop.</summary>
public sealed class CaseSubscription<T> : IDisposable
{
    private readonly Channel<T> items = Channel.CreateUnbounded<T>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Action<CaseSubscription<T>> unsubscribe;

    internal CaseSubscription(string caseId, Action<CaseSubscription<T>> unsubscribe)
    {
        CaseId = caseId;
        this.unsubscribe = unsubscribe;
    }

    public string CaseId { get; }

    public ChannelReader<T> Items => items.Reader;

    internal void Deliver(T item) => items.Writer.TryWrite(item);

    public void Dispose()
    {
        unsubscribe(this);
        items.Writer.TryComplete();
    }
}
