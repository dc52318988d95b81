using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Identity;

/// <summary>"Is this terminal enrolled and not revoked?", asked by every call a terminal makes.</summary>
public sealed class ActiveTerminalQuery
{
    private readonly IDbContextFactory<TriageDbContext> contexts;
    private readonly (SqliteReads Reads, string Sql)? sqlite;

    // Compiled once per instance (each database has its own model), for providers other than SQLite: translating the query each time cost more than running it.
    private readonly Func<TriageDbContext, string, CancellationToken, Task<bool>> activeTerminalExists =
        EF.CompileAsyncQuery((TriageDbContext db, string terminalId, CancellationToken _) => db.Terminals.Any(t => t.Id == terminalId && t.RevokedAtUtc == null));

    public ActiveTerminalQuery(IDbContextFactory<TriageDbContext> contexts)
    {
        this.contexts = contexts;
        if (SqliteReads.For(contexts) is { } reads)
        {
            sqlite = (reads, $"SELECT 1 FROM {reads.Table<TerminalCredential>()} " +
                $"WHERE {reads.Column<TerminalCredential>(t => t.Id)} = $id AND {reads.Column<TerminalCredential>(t => t.RevokedAtUtc)} IS NULL");
        }
    }

    public async Task<bool> ExistsAsync(string terminalId, CancellationToken cancellationToken)
    {
        if (sqlite is { } direct)
        {
            await using var connection = await direct.Reads.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = direct.Sql;
            command.Parameters.AddWithValue("$id", terminalId);
            return await command.ExecuteScalarAsync(cancellationToken) is not null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await activeTerminalExists(db, terminalId, cancellationToken);
    }
}
