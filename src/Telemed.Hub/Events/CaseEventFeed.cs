using Triage.Contracts.V1;

namespace Telemed.Hub.Events;

/// <summary>
/// In-process notice board of committed case events ("persist, then notify"): publishers call it only after
/// the event is in the database, so a watcher that misses a notice loses nothing and catches up from storage.
/// </summary>
public sealed class CaseEventFeed(IEnumerable<ICaseEventRelay> relays)
    : CaseBoard<CaseEvent>(e => e.CaseId, [.. relays.Select(r => (Action<CaseEvent>)r.Send)]);
