using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Triage.Data.Audit;
using Triage.Gateway.Auth;
using Triage.Terminal.Link;
using Triage.Terminal.Outbox;
using Triage.Terminal.Sync;
using Triage.Testing;

namespace Triage.Terminal.Tests;

/// <summary>
/// A sync started when the link returns goes straight to its cases with the token the last run kept in the outbox,
/// saving a round trip on a slow link; the gateway still checks the terminal's enrolment at every call.
/// </summary>
public sealed class SavedTokenTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_second_sync_within_the_tokens_lifetime_does_not_sign_in_again()
    {
        await using var gateway = await GatewayHost.StartAsync();
        await using var outbox = await CaseOutbox.OpenAsync(folder.File("outbox.db"));
        var signInsBefore = await SignInsAsync(gateway);

        foreach (var report in new[] { SampleCases.HealthyAdult(), SampleCases.EmergencyAdult() })
        {
            await outbox.EnqueueAsync(report);
            using var session = new TerminalSession(gateway.GrpcAddress, gateway.TerminalId, gateway.TerminalSecret, TimeSpan.FromSeconds(30), outbox);
            Assert.Equal(1, (await new OutboxSync(outbox, session, SyncSettings.Default, _ => { }).RunAsync(null, CancellationToken.None)).Acknowledged);
        }

        Assert.Equal(signInsBefore + 1, await SignInsAsync(gateway));
    }

    [Fact]
    public async Task A_revoked_terminal_holding_a_saved_token_is_refused_at_its_next_sync_and_its_case_stays_due()
    {
        await using var gateway = await GatewayHost.StartAsync();
        await using var outbox = await CaseOutbox.OpenAsync(folder.File("outbox.db"));
        await outbox.EnqueueAsync(SampleCases.HealthyAdult());
        using (var first = new TerminalSession(gateway.GrpcAddress, gateway.TerminalId, gateway.TerminalSecret, TimeSpan.FromSeconds(30), outbox))
        {
            await new OutboxSync(outbox, first, SyncSettings.Default, _ => { }).RunAsync(null, CancellationToken.None);
        }

        Assert.True(await gateway.Services.GetRequiredService<TerminalEnrolment>().RevokeAsync(gateway.TerminalId, CancellationToken.None));
        var queued = SampleCases.EmergencyAdult();
        await outbox.EnqueueAsync(queued);
        using var second = new TerminalSession(gateway.GrpcAddress, gateway.TerminalId, gateway.TerminalSecret, TimeSpan.FromSeconds(30), outbox);

        await Assert.ThrowsAsync<SignInRefusedException>(() => new OutboxSync(outbox, second, SyncSettings.Default, _ => { }).RunAsync(null, CancellationToken.None));
        Assert.NotEqual(OutboxState.Acknowledged, (await outbox.FindAsync(queued.ClientCaseId))!.State);
        Assert.Equal(1, await gateway.CountAsync("Cases"));
    }

    [Fact]
    public async Task Other_credentials_never_pick_up_the_saved_token()
    {
        await using var gateway = await GatewayHost.StartAsync();
        await using var outbox = await CaseOutbox.OpenAsync(folder.File("outbox.db"));
        using (var enrolled = new TerminalSession(gateway.GrpcAddress, gateway.TerminalId, gateway.TerminalSecret, TimeSpan.FromSeconds(30), outbox))
        {
            await enrolled.SignInAsync(CancellationToken.None);
        }

        using var wrongSecret = new TerminalSession(gateway.GrpcAddress, gateway.TerminalId, "not-the-secret", TimeSpan.FromSeconds(30), outbox);

        await Assert.ThrowsAsync<SignInRefusedException>(() => wrongSecret.SignInAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_outbox_written_by_a_newer_terminal_is_refused_with_a_clear_message_and_left_as_it_is()
    {
        var path = folder.File("outbox.db");
        var report = SampleCases.HealthyAdult();
        await using (var outbox = await CaseOutbox.OpenAsync(path))
        {
            await outbox.EnqueueAsync(report);
        }

        await using (var newer = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await newer.OpenAsync();
            await using var bump = newer.CreateCommand();
            bump.CommandText = "PRAGMA user_version = 99";
            await bump.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => CaseOutbox.OpenAsync(path));
        Assert.Contains("newer terminal", error.Message);
        Assert.Contains("schema 99", error.Message);
        var listed = await TerminalRun.RunAsync(["outbox", "--outbox", path]);
        Assert.Equal(5, listed.ExitCode);
        Assert.Equal(error.Message, listed.Error.Trim());

        await using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        await check.OpenAsync();
        await using var count = check.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM OutboxCases";
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    private static async Task<int> SignInsAsync(GatewayHost gateway) =>
        (await gateway.Services.GetRequiredService<AuditTrail>().FindAsync(new AuditFilter(null, gateway.TerminalId, null, null), 1000, CancellationToken.None))
            .Count(e => e.Action == "terminal.token");
}
