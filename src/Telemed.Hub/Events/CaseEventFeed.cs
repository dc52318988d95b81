using System.Collections.Concurrent;
using Triage.Contracts.V1;

namespace Telemed.Hub.Events;

/// <summary>
/// In-process notice board of committed case events ("persist, then notify"): publishers call it only after
/// the event is in the database, so a watcher that misses a notice loses nothing and catches up from storage.
/// With several gateways, the relays carry each event to the others' feeds.
/// </summary>
public sealed class CaseEventFeed(IEnumerable<ICaseEventRelay> relays)
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<CaseEventSubscription, byte>> subscribers = new();

    /// <summary>Starts collecting events of one case; dispose the subscription to stop.</summary>
    public CaseEventSubscription Subscribe(string caseId)
    {
        var subscription = new CaseEventSubscription(caseId, Unsubscribe);
        subscribers.GetOrAdd(caseId, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    /// <summary>An event committed by this instance: its own watchers and the other instances hear of it.</summary>
    public void Publish(CaseEvent caseEvent)
    {
        Deliver(caseEvent);
        foreach (var relay in relays)
        {
            relay.Send(caseEvent);
        }
    }

    /// <summary>An event committed by any instance, for this instance's watchers only.</summary>
    public void Deliver(CaseEvent caseEvent)
    {
        if (subscribers.TryGetValue(caseEvent.CaseId, out var forCase))
        {
            foreach (var subscription in forCase.Keys)
            {
                subscription.Deliver(caseEvent);
            }
        }
    }

    private void Unsubscribe(CaseEventSubscription subscription)
    {
        if (subscribers.TryGetValue(subscription.CaseId, out var forCase))
        {
            forCase.TryRemove(subscription, out _);
        }
    }
}
