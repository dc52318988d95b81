using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Identity;

/// <summary>The active-terminal check through EF Core.</summary>
public sealed class ActiveTerminalQuery(IDbContextFactory<TriageDbContext> contexts) : IActiveTerminals
{
    // Compiled once per instance (each database has its own model): translating the query each time cost more than running it.
    private readonly Func<TriageDbContext, string, CancellationToken, Task<bool>> activeTerminalExists =
        EF.CompileAsyncQuery((TriageDbContext db, string terminalId, CancellationToken _) => db.Terminals.Any(t => t.Id == terminalId && t.RevokedAtUtc == null));

    public async Task<bool> ExistsAsync(string terminalId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await activeTerminalExists(db, terminalId, cancellationToken);
    }
}
