namespace Triage.Terminal.Outbox;

/// <summary>Where a case stands on its way to the gateway. Stored as its number, so never renumber.</summary>
public enum OutboxState
{
    /// <summary>Written here, not yet sent.</summary>
    Queued = 0,

    /// <summary>Sent at least once, no answer yet: it is sent again until the gateway answers.</summary>
    Sent = 1,

    /// <summary>The gateway stored it; never sent again.</summary>
    Acknowledged = 2,

    /// <summary>The gateway refused it for a reason that retrying cannot change (e.g. a value out of range).</summary>
    Failed = 3,
}
