namespace Triage.Data.Audit;

/// <summary>
/// An allowed access to patient data whose audit entry is committed in the same transaction as the data it
/// wrote, so that neither exists without the other and the caller waits for one commit, not two.
/// </summary>
public sealed record PendingAudit(string Principal, string Role, string Action, string Source, DateTime AtUtc)
{
    public AuditEntry Entry(Guid? caseId, bool allowed) => new()
    {
        AtUtc = AtUtc,
        Principal = Principal,
        Role = Role,
        Action = Action,
        CaseId = caseId,
        Allowed = allowed,
        Source = Source,
    };
}
