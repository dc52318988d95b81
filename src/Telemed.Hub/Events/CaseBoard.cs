using System.Collections.Concurrent;

namespace Telemed.Hub.Events;

/// <summary>
/// In-process notices per case: whoever subscribed to a case gets what is published for it, in order. With several
/// gateways, the relays carry each notice to the other instances, which deliver it to their own subscribers.
/// </summary>
public abstract class CaseBoard<T>(Func<T, string> caseOf, IEnumerable<Action<T>> relays)
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<CaseSubscription<T>, byte>> subscribers = new();

    /// <summary>Starts collecting what is published for one case; dispose the subscription to stop.</summary>
    public CaseSubscription<T> Subscribe(string caseId)
    {
        var subscription = new CaseSubscription<T>(caseId, Unsubscribe);
        subscribers.GetOrAdd(caseId, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    /// <summary>Published through this instance: its own subscribers and the other instances hear of it.</summary>
    public void Publish(T item)
    {
        Deliver(item);
        foreach (var relay in relays)
        {
            relay(item);
        }
    }

    /// <summary>Published through any instance, for this instance's subscribers only.</summary>
    public void Deliver(T item)
    {
        if (subscribers.TryGetValue(caseOf(item), out var forCase))
        {
            foreach (var subscription in forCase.Keys)
            {
                subscription.Deliver(item);
            }
        }
    }

    private void Unsubscribe(CaseSubscription<T> subscription)
    {
        if (subscribers.TryGetValue(subscription.CaseId, out var forCase))
        {
            forCase.TryRemove(subscription, out _);
        }
    }
}
