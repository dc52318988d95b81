using Triage.Contracts.V1;
using Triage.Testing;

namespace Triage.Gateway.Tests;

public sealed class DurabilityTests
{
    [Fact]
    public async Task Every_acknowledged_case_is_served_after_a_restart()
    {
        await using var host = await GatewayHost.StartAsync();
        var acknowledged = new List<SubmitCaseResponse>();
        foreach (var report in Enumerable.Range(0, 5).Select(_ => SampleCases.HealthyAdult()))
        {
            acknowledged.Add(await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report }));
        }

        await host.RestartAsync();

        foreach (var response in acknowledged)
        {
            var stored = await host.Intake.GetCaseAsync(new GetCaseRequest { CaseId = response.Result.CaseId });
            Assert.Equal(response.Result, stored.Result);
        }
    }

    [Fact]
    public async Task The_database_runs_in_write_ahead_log_mode()
    {
        await using var host = await GatewayHost.StartAsync();
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={host.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}
