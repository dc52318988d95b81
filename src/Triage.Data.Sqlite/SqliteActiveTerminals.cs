using Triage.Data.Identity;

namespace Triage.Data.Sqlite;

/// <summary>The active-terminal check as one plain statement (see <see cref="SqliteReads"/> for why).</summary>
internal sealed class SqliteActiveTerminals(SqliteReads reads) : IActiveTerminals
{
    private readonly string sql = $"SELECT 1 FROM {reads.Table<TerminalCredential>()} " +
        $"WHERE {reads.Column<TerminalCredential>(t => t.Id)} = $id AND {reads.Column<TerminalCredential>(t => t.RevokedAtUtc)} IS NULL";

    public async Task<bool> ExistsAsync(string terminalId, CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", terminalId);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }
}
