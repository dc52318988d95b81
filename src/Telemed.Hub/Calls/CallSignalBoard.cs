using Telemed.Hub.Events;
using Triage.Contracts.V1;

namespace Telemed.Hub.Calls;

/// <summary>
/// Passes the specialist's call signals to the terminal listening for that case. Signals are not stored: a call is
/// live or it is nothing, and a browser that misses its offer simply hangs up and calls again.
/// </summary>
public sealed class CallSignalBoard(IEnumerable<ICallSignalRelay> relays)
    : CaseBoard<CallSignal>(s => s.CaseId, [.. relays.Select(r => (Action<CallSignal>)r.Send)]);
