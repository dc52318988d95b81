using Microsoft.Data.Sqlite;
using Triage.Contracts.V1;
using Triage.Testing;

namespace Triage.Gateway.Tests.Shadow;

/// <summary>Reads a gateway's database file with a connection of its own, as an auditor would.</summary>
internal static class StoredShadow
{
    /// <summary>Waits (boundedly) until the candidate has scored every stored case.</summary>
    public static async Task WaitUntilAllScoredAsync(this GatewayHost host)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await host.CountAsync("Cases") != await host.CountAsync("ShadowScores"))
        {
            await Task.Delay(100, timeout.Token);
        }
    }

    public static async Task<List<Row>> ScoresAsync(this GatewayHost host)
    {
        var rows = new List<Row>();
        await using var connection = new SqliteConnection($"Data Source={host.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.CaseId, s.ModelVersion, s.Risk, s.ModelLevel, s.FinalLevel, s.ScoredAtUtc, c.Result, k.FinalLevel
            FROM ShadowScores s JOIN Cases c ON c.Id = s.CaseId LEFT JOIN Consults k ON k.CaseId = s.CaseId
            ORDER BY s.CaseId
            """;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new Row(
                reader.GetString(0), reader.GetString(1), reader.GetDouble(2), (ReferralLevel)reader.GetInt32(3), (ReferralLevel)reader.GetInt32(4),
                reader.GetString(5), TriageResult.Parser.ParseFrom((byte[])reader[6]), reader.IsDBNull(7) ? null : (ReferralLevel)reader.GetInt32(7)));
        }

        return rows;
    }

    public static async Task<TriageResult> StoredResultAsync(this GatewayHost host, string caseId)
    {
        await using var connection = new SqliteConnection($"Data Source={host.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Result FROM Cases WHERE Id = $id";
        command.Parameters.AddWithValue("$id", Guid.Parse(caseId).ToString().ToUpperInvariant());
        return TriageResult.Parser.ParseFrom((byte[])(await command.ExecuteScalarAsync())!);
    }

    /// <param name="Decided">The specialist's final level; null until a consult is concluded.</param>
    public sealed record Row(
        string CaseId, string ModelVersion, double Risk, ReferralLevel ModelLevel, ReferralLevel FinalLevel, string ScoredAtUtc, TriageResult Active, ReferralLevel? Decided);
}
