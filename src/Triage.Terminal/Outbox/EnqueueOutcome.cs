namespace Triage.Terminal.Outbox;

public enum EnqueueOutcome
{
    Added,

    /// <summary>The same case was already in the outbox; it keeps its state.</summary>
    AlreadyQueued,

    /// <summary>Another case already holds this client_case_id; nothing was written.</summary>
    Conflict,
}
