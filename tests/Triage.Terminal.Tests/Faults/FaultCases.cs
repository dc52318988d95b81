using Triage.Terminal.Outbox;
using Triage.Testing;

namespace Triage.Terminal.Tests.Faults;

/// <summary>Fills a terminal's outbox with a realistic mix: mostly minor cases, one in ten an emergency that opens a consult.</summary>
public static class FaultCases
{
    public static async Task<IReadOnlyList<string>> QueueAsync(CaseOutbox outbox, string clinicId, int count)
    {
        var reports = Enumerable.Range(0, count)
            .Select(i => i % 10 == 0
                ? SampleCases.EmergencyAdult(c => c.ClinicId = clinicId)
                : SampleCases.HealthyAdult(c => (c.ClinicId, c.Patient.AgeYears) = (clinicId, 18 + i % 70)))
            .ToList();
        await outbox.EnqueueAsync(reports);
        return reports.Select(r => r.ClientCaseId).ToList();
    }

    /// <summary>The client_case_ids of every stored case, with how often each is stored.</summary>
    public static async Task<Dictionary<string, long>> StoredAsync(string databasePath)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT ClientCaseId, COUNT(*) FROM Cases GROUP BY ClientCaseId";
        await using var reader = await command.ExecuteReaderAsync();
        var stored = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            stored[reader.GetString(0)] = reader.GetInt64(1);
        }

        return stored;
    }
}
