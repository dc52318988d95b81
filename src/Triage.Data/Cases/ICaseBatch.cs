namespace Triage.Data.Cases;

/// <summary>
/// One group commit's transaction: cases are looked up, added and audited in it, and nothing is stored until
/// <see cref="CommitAsync"/>. Disposing it uncommitted stores nothing.
/// </summary>
/// <remarks>A row the database refuses (a constraint, a value out of its type) throws <see cref="Microsoft.EntityFrameworkCore.DbUpdateException"/>.</remarks>
public interface ICaseBatch : IAsyncDisposable
{
    /// <summary>The case already stored under this client_case_id, or null.</summary>
    Task<StoredCase?> FindAsync(string clientCaseId);

    /// <summary>Adds the case with its events and its consult.</summary>
    Task AddAsync(PendingCase pending);

    Task AuditAsync(Audit.AuditEntry entry);

    Task CommitAsync();
}
