using System.Collections.Concurrent;
using Triage.Contracts.V1;

namespace Telemed.Hub.Calls;

/// <summary>
/// Passes the specialist's call signals to the terminal listening for that case. Signals are not stored: a call is
/// live or it is nothing, and a browser that misses its offer simply hangs up and calls again.
/// </summary>
public sealed class CallSignalBoard(IEnumerable<ICallSignalRelay> relays)
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<CallSignalListener, byte>> listeners = new();

    public CallSignalListener Listen(string caseId)
    {
        var listener = new CallSignalListener(caseId, Forget);
        listeners.GetOrAdd(caseId, _ => new()).TryAdd(listener, 0);
        return listener;
    }

    /// <summary>A signal sent through this instance: its own listeners and the other instances get it.</summary>
    public void Publish(CallSignal signal)
    {
        Deliver(signal);
        foreach (var relay in relays)
        {
            relay.Send(signal);
        }
    }

    /// <summary>A signal sent through any instance, for this instance's listeners only.</summary>
    public void Deliver(CallSignal signal)
    {
        if (listeners.TryGetValue(signal.CaseId, out var forCase))
        {
            foreach (var listener in forCase.Keys)
            {
                listener.Deliver(signal);
            }
        }
    }

    private void Forget(CallSignalListener listener)
    {
        if (listeners.TryGetValue(listener.CaseId, out var forCase))
        {
            forCase.TryRemove(listener, out _);
        }
    }
}
