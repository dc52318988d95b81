namespace Triage.Data.Cases;

public enum StoreOutcomeKind
{
    /// <summary>Newly stored and committed.</summary>
    Stored,

    /// <summary>The same client_case_id with the same content was already stored: a retry.</summary>
    Duplicate,

    /// <summary>The client_case_id is already taken by a case with different content.</summary>
    Conflict,
}

/// <param name="Case">The stored case: the new one, or the one already there.</param>
public sealed record StoreOutcome(StoreOutcomeKind Kind, StoredCase Case);
