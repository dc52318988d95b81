using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Triage.Data.Audit;
using Triage.Data.Cases;
using Triage.Data.Consults;

namespace Triage.Data.Sqlite;

/// <summary>
/// The group commit's hold on a SQLite database: one connection kept open from commit to commit, with its
/// statements prepared once, so that a commit pays for its rows and its flush rather than for setting up.
/// </summary>
internal sealed class CaseWriterSession : IAsyncDisposable
{
    // Asked only for a case already stored, which is rare; compiled per session, since each database has its own model.
    private readonly Func<TriageDbContext, string, CancellationToken, Task<StoredCase>> storedUnder =
        EF.CompileAsyncQuery((TriageDbContext db, string clientCaseId, CancellationToken _) => db.Cases.AsNoTracking().Single(c => c.ClientCaseId == clientCaseId));

    private readonly TriageDbContext db;
    private readonly PreparedExists<StoredCase, string> stored;

    private CaseWriterSession(
        TriageDbContext db,
        PreparedExists<StoredCase, string> stored,
        PreparedInsert<StoredCase> cases,
        PreparedInsert<StoredCaseEvent> events,
        PreparedInsert<Consult> consults,
        PreparedInsert<AuditEntry> audits)
    {
        this.db = db;
        this.stored = stored;
        Cases = cases;
        Events = events;
        Consults = consults;
        Audits = audits;
    }

    public PreparedInsert<StoredCase> Cases { get; }

    public PreparedInsert<StoredCaseEvent> Events { get; }

    public PreparedInsert<Consult> Consults { get; }

    public PreparedInsert<AuditEntry> Audits { get; }

    public static async Task<CaseWriterSession> OpenAsync(IDbContextFactory<TriageDbContext> contexts)
    {
        var db = await contexts.CreateDbContextAsync();
        try
        {
            await db.Database.OpenConnectionAsync();
            return new CaseWriterSession(
                db,
                await PreparedExists<StoredCase, string>.PrepareAsync(db, c => c.ClientCaseId, CancellationToken.None),
                await PreparedInsert<StoredCase>.PrepareAsync(db, CancellationToken.None),
                await PreparedInsert<StoredCaseEvent>.PrepareAsync(db, CancellationToken.None),
                await PreparedInsert<Consult>.PrepareAsync(db, CancellationToken.None),
                await PreparedInsert<AuditEntry>.PrepareAsync(db, CancellationToken.None));
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    public Task<IDbContextTransaction> BeginAsync() => db.Database.BeginTransactionAsync();

    /// <summary>The case stored under this client_case_id, or null; asked inside the commit's transaction.</summary>
    public async Task<StoredCase?> FindAsync(string clientCaseId) =>
        await stored.AnyAsync(clientCaseId, CancellationToken.None) ? await storedUnder(db, clientCaseId, CancellationToken.None) : null;

    /// <summary>Closing the connection finalises the statements, so the context is disposed whatever happens to them.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await stored.DisposeAsync();
            await Cases.DisposeAsync();
            await Events.DisposeAsync();
            await Consults.DisposeAsync();
            await Audits.DisposeAsync();
        }
        finally
        {
            await db.DisposeAsync();
        }
    }
}
