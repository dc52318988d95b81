using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Identity;

/// <summary>"Is this terminal enrolled and not revoked?", asked by every call a terminal makes.</summary>
public sealed class ActiveTerminalQuery
{
    private readonly IDbContextFactory<TriageDbContext> contexts;
    private readonly SqliteReads? sqlite;
    private readonly string sqliteText = "";

    // Compiled once per database, for providers other than SQLite: translating the query each time cost more than running it.
    private readonly Func<TriageDbContext, string, CancellationToken, Task<bool>> activeTerminalExists =
        EF.CompileAsyncQuery((TriageDbContext db, string terminalId, CancellationToken _) => db.Terminals.Any(t => t.Id == terminalId && t.RevokedAtUtc == null));

    public ActiveTerminalQuery(IDbContextFactory<TriageDbContext> contexts)
    {
        this.contexts = contexts;
        sqlite = SqliteReads.For(contexts);
        if (sqlite is not null)
        {
            sqliteText = $"SELECT 1 FROM {sqlite.Table<TerminalCredential>()} WHERE {sqlite.Column<TerminalCredential>(t => t.Id)} = $id AND {sqlite.Column<TerminalCredential>(t => t.RevokedAtUtc)} IS NULL";
        }
    }

    public async Task<bool> ExistsAsync(string terminalId, CancellationToken cancellationToken)
    {
        if (sqlite is null)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await activeTerminalExists(db, terminalId, cancellationToken);
        }

        await using var connection = await sqlite.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sqliteText;
        command.Parameters.AddWithValue("$id", terminalId);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }
}
