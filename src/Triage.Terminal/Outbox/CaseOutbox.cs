using Google.Protobuf;
using Microsoft.Data.Sqlite;
using Triage.Contracts.V1;
using Triage.Terminal.Link;

namespace Triage.Terminal.Outbox;

/// <summary>
/// The terminal's local queue of cases, one SQLite file per terminal. A case is committed here before it is
/// assessed or sent, so neither a dropped link nor a crash of the terminal loses it. It also keeps the terminal's
/// last token, which belongs with the terminal's other local state.
/// </summary>
public sealed class CaseOutbox : IAsyncDisposable, ISavedTokens
{
    private const int SchemaVersion = 3;

    // One connection, used by one operation at a time: SQLite has one writer anyway, and sync records answers
    // while it sends.
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly SqliteConnection connection;
    private readonly TimeProvider clock;
    private SqliteTransaction? transaction;

    private CaseOutbox(SqliteConnection connection, TimeProvider clock)
    {
        this.connection = connection;
        this.clock = clock;
    }

    public string Path => connection.DataSource;

    /// <summary>Opens the outbox file, creating it and its folder on first use.</summary>
    public static async Task<CaseOutbox> OpenAsync(string path, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // No pooling: the file must be free for another process (or a test's clean-up) as soon as the terminal closes it.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        var outbox = new CaseOutbox(connection, clock ?? TimeProvider.System);
        try
        {
            await outbox.CreateSchemaAsync(cancellationToken);
            return outbox;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<EnqueueOutcome> EnqueueAsync(CaseReport report, CancellationToken cancellationToken = default) =>
        (await EnqueueAsync([report], cancellationToken))[0];

    /// <summary>Queues cases in one commit; each outcome is at the index of its case.</summary>
    public async Task<IReadOnlyList<EnqueueOutcome>> EnqueueAsync(IReadOnlyList<CaseReport> reports, CancellationToken cancellationToken = default)
    {
        if (reports.FirstOrDefault(r => string.IsNullOrWhiteSpace(r.ClientCaseId)) is not null)
        {
            throw new ArgumentException("A case needs a client_case_id before it is queued.", nameof(reports));
        }

        var outcomes = new List<EnqueueOutcome>(reports.Count);
        await InTransactionAsync(reports, async (report, ct) =>
        {
            var bytes = report.ToByteArray();
            await using var insert = Command(
                "INSERT INTO OutboxCases (ClientCaseId, Report, State, Attempts, QueuedAt, UpdatedAt) VALUES ($id, $report, $state, 0, $now, $now) ON CONFLICT (ClientCaseId) DO NOTHING",
                ("$id", report.ClientCaseId), ("$report", bytes), ("$state", (int)OutboxState.Queued), ("$now", Now()));
            if (await insert.ExecuteNonQueryAsync(ct) == 1)
            {
                outcomes.Add(EnqueueOutcome.Added);
                return;
            }

            await using var existing = Command("SELECT Report FROM OutboxCases WHERE ClientCaseId = $id", ("$id", report.ClientCaseId));
            var stored = (byte[])(await existing.ExecuteScalarAsync(ct))!;
            outcomes.Add(stored.AsSpan().SequenceEqual(bytes) ? EnqueueOutcome.AlreadyQueued : EnqueueOutcome.Conflict);
        }, cancellationToken);
        return outcomes;
    }

    /// <summary>Keeps the terminal's own assessment beside a queued case, so what the feldsher saw offline can be shown again as it was.</summary>
    public Task RecordLocalResultAsync(string clientCaseId, TriageResult result, CancellationToken cancellationToken = default) =>
        InTransactionAsync([result], async (local, ct) =>
        {
            await using var update = Command("UPDATE OutboxCases SET LocalResult = $result WHERE ClientCaseId = $id", ("$id", clientCaseId), ("$result", local.ToByteArray()));
            await update.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    /// <summary>The oldest cases not yet answered (queued, or sent without an answer), in the order they were queued.</summary>
    public Task<IReadOnlyList<OutboxEntry>> PendingAsync(int limit, CancellationToken cancellationToken = default) =>
        QueryAsync($"WHERE State IN ({(int)OutboxState.Queued}, {(int)OutboxState.Sent}) ORDER BY Position LIMIT {limit}", cancellationToken);

    /// <summary>All cases, or those in one state, in the order they were queued.</summary>
    public Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxState? state = null, CancellationToken cancellationToken = default) =>
        QueryAsync(state is null ? "ORDER BY Position" : $"WHERE State = {(int)state} ORDER BY Position", cancellationToken);

    public async Task<OutboxEntry?> FindAsync(string clientCaseId, CancellationToken cancellationToken = default) =>
        (await QueryAsync("WHERE ClientCaseId = $id", cancellationToken, ("$id", clientCaseId))).SingleOrDefault();

    /// <summary>Marks cases as on their way; they stay due until the gateway answers them.</summary>
    public Task MarkSentAsync(IEnumerable<string> clientCaseIds, CancellationToken cancellationToken = default) =>
        InTransactionAsync(clientCaseIds, async (id, ct) =>
        {
            await using var update = Command(
                $"UPDATE OutboxCases SET State = {(int)OutboxState.Sent}, Attempts = Attempts + 1, UpdatedAt = $now WHERE ClientCaseId = $id AND State IN ({(int)OutboxState.Queued}, {(int)OutboxState.Sent})",
                ("$id", id), ("$now", Now()));
            await update.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    /// <summary>Records the gateway's answers in one commit. An acknowledged case stays acknowledged whatever comes later.</summary>
    public Task RecordAsync(IReadOnlyCollection<OutboxAnswer> answers, CancellationToken cancellationToken = default) =>
        InTransactionAsync(answers, async (answer, ct) =>
        {
            await using var update = Command(
                $"UPDATE OutboxCases SET State = $state, Result = $result, Reason = $reason, UpdatedAt = $now WHERE ClientCaseId = $id AND State <> {(int)OutboxState.Acknowledged}",
                ("$id", answer.ClientCaseId),
                ("$state", (int)(answer.Result is null ? OutboxState.Failed : OutboxState.Acknowledged)),
                ("$result", answer.Result?.ToByteArray()),
                ("$reason", answer.Reason),
                ("$now", Now()));
            await update.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    public async Task<OutboxCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        var counts = new int[4];
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var query = Command("SELECT State, COUNT(*) FROM OutboxCases GROUP BY State");
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                counts[reader.GetInt32(0)] = reader.GetInt32(1);
            }
        }
        finally
        {
            gate.Release();
        }

        return new OutboxCounts(counts[(int)OutboxState.Queued], counts[(int)OutboxState.Sent], counts[(int)OutboxState.Acknowledged], counts[(int)OutboxState.Failed]);
    }

    public async ValueTask DisposeAsync()
    {
        await connection.DisposeAsync();
        gate.Dispose();
    }

    public async Task<AccessToken?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var query = Command("SELECT Token FROM SavedTokens WHERE Key = $key", ("$key", key));
            return await query.ExecuteScalarAsync(cancellationToken) is byte[] bytes ? AccessToken.Parser.ParseFrom(bytes) : null;
        }
        finally
        {
            gate.Release();
        }
    }

    public Task SaveAsync(string key, AccessToken token, CancellationToken cancellationToken) =>
        InTransactionAsync([token], async (t, ct) =>
        {
            // One token per outbox: a terminal that signs in with other credentials drops the old one.
            await using var save = Command("DELETE FROM SavedTokens; INSERT INTO SavedTokens (Key, Token) VALUES ($key, $token)", ("$key", key), ("$token", t.ToByteArray()));
            await save.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    private async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        await using var version = Command("PRAGMA user_version");
        var found = Convert.ToInt32(await version.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        if (found > SchemaVersion)
        {
            throw new InvalidDataException(
                $"{Path} was written by a newer terminal (outbox schema {found}; this one reads up to {SchemaVersion}). Update the terminal; the queued cases stay as they are.");
        }

        // WAL lets `outbox` read while `sync` writes; FULL makes each commit survive a power cut, which is the
        // point of writing the case here first.
        await using var setup = Command(
            $"""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = FULL;
            PRAGMA busy_timeout = 10000;
            CREATE TABLE IF NOT EXISTS OutboxCases (
                Position INTEGER PRIMARY KEY AUTOINCREMENT,
                ClientCaseId TEXT NOT NULL UNIQUE,
                Report BLOB NOT NULL,
                State INTEGER NOT NULL,
                Attempts INTEGER NOT NULL,
                QueuedAt TEXT NOT NULL,
                UpdatedAt TEXT NOT NULL,
                Result BLOB,
                Reason TEXT,
                LocalResult BLOB);
            CREATE INDEX IF NOT EXISTS OutboxCases_State ON OutboxCases (State, Position);
            CREATE TABLE IF NOT EXISTS SavedTokens (Key TEXT PRIMARY KEY, Token BLOB NOT NULL);
            """);
        await setup.ExecuteNonQueryAsync(cancellationToken);

        // Outboxes written before version 2 lack the local assessment; their cases simply show none. Version 3 added
        // SavedTokens, which the statement above creates.
        if (found < SchemaVersion)
        {
            await using var upgrade = Command($"""
                {(await HasColumnAsync("LocalResult", cancellationToken) ? "" : "ALTER TABLE OutboxCases ADD COLUMN LocalResult BLOB;")}
                PRAGMA user_version = {SchemaVersion};
                """);
            await upgrade.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task<bool> HasColumnAsync(string column, CancellationToken cancellationToken)
    {
        await using var query = Command("SELECT COUNT(*) FROM pragma_table_info('OutboxCases') WHERE name = $column", ("$column", column));
        return Convert.ToInt64(await query.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private async Task<IReadOnlyList<OutboxEntry>> QueryAsync(string clause, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var query = Command($"SELECT Position, Report, State, Attempts, QueuedAt, UpdatedAt, Result, Reason, LocalResult FROM OutboxCases {clause}", parameters);
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            var entries = new List<OutboxEntry>();
            while (await reader.ReadAsync(cancellationToken))
            {
                entries.Add(new OutboxEntry(
                    reader.GetInt64(0),
                    CaseReport.Parser.ParseFrom((byte[])reader[1]),
                    (OutboxState)reader.GetInt32(2),
                    reader.GetInt32(3),
                    DateTimeOffset.Parse(reader.GetString(4), System.Globalization.CultureInfo.InvariantCulture),
                    DateTimeOffset.Parse(reader.GetString(5), System.Globalization.CultureInfo.InvariantCulture),
                    reader.IsDBNull(6) ? null : TriageResult.Parser.ParseFrom((byte[])reader[6]),
                    reader.IsDBNull(7) ? null : reader.GetString(7),
                    reader.IsDBNull(8) ? null : TriageResult.Parser.ParseFrom((byte[])reader[8])));
            }

            return entries;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task InTransactionAsync<T>(IEnumerable<T> items, Func<T, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var begun = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            transaction = begun;
            foreach (var item in items)
            {
                await write(item, cancellationToken);
            }

            await begun.CommitAsync(cancellationToken);
        }
        finally
        {
            transaction = null;
            gate.Release();
        }
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private string Now() => clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
