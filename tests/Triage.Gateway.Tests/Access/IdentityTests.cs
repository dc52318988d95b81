using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Triage.Contracts.V1;
using Triage.Testing;

namespace Triage.Gateway.Tests.Access;

/// <summary>Accounts, terminals and the audit trail, managed with the gateway's own command line as an operator would.</summary>
public sealed class IdentityTests : IAsyncLifetime
{
    private const string Password = "correct horse battery staple";
    private readonly HttpClient http = new();
    private GatewayHost host = null!;

    public async Task InitializeAsync() => host = await GatewayHost.StartAsync();

    public async Task DisposeAsync()
    {
        http.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task A_user_created_on_the_command_line_signs_in_and_is_locked_out_after_five_wrong_passwords()
    {
        var created = await host.RunAdminAsync("create-user", "--user", "admin-zha", "--role", "admin", "--password", Password, "--region", "KZ-ZHA");
        Assert.True(created.ExitCode == 0, created.Error);

        var signedIn = await SignInAsync("admin-zha", Password);
        var wrong = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            wrong.Add((await SignInAsync("admin-zha", "not the password at all")).StatusCode);
        }

        var afterLockout = await SignInAsync("admin-zha", Password);

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains("\"roles\":[\"admin\"]", await signedIn.Content.ReadAsStringAsync());
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), HttpStatusCode.Locked], wrong);
        Assert.Equal(HttpStatusCode.Locked, afterLockout.StatusCode);
    }

    [Fact]
    public async Task A_short_password_is_refused_with_the_rule_it_breaks()
    {
        var created = await host.RunAdminAsync("create-user", "--user", "admin-short", "--role", "admin", "--password", "short");

        Assert.NotEqual(0, created.ExitCode);
        Assert.Contains("at least 12 characters", created.Error);
    }

    [Fact]
    public async Task A_terminal_enrolled_on_the_command_line_works_until_it_is_revoked_and_then_at_its_very_next_call_no_more()
    {
        var enrolled = await host.RunAdminAsync("enrol-terminal", "--clinic", "KZ-ZHA-SHU-02");
        var (terminalId, secret) = (enrolled.Field("terminal id"), enrolled.Field("secret"));
        var token = (await new TerminalAuth.TerminalAuthClient(host.Channel).GetTerminalTokenAsync(new TerminalTokenRequest { TerminalId = terminalId, Secret = secret })).Token;
        var intake = new Contracts.V1.Intake.IntakeClient(host.CallsAs(token));
        await intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.HealthyAdult(c => c.ClinicId = "KZ-ZHA-SHU-02") });

        var revoked = await host.RunAdminAsync("revoke-terminal", "--terminal", terminalId);
        var nextCall = await Assert.ThrowsAsync<RpcException>(() =>
            intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.HealthyAdult(c => c.ClinicId = "KZ-ZHA-SHU-02") }).ResponseAsync);
        var newToken = await Assert.ThrowsAsync<RpcException>(() =>
            new TerminalAuth.TerminalAuthClient(host.Channel).GetTerminalTokenAsync(new TerminalTokenRequest { TerminalId = terminalId, Secret = secret }).ResponseAsync);

        Assert.Equal(0, revoked.ExitCode);
        Assert.Equal(StatusCode.Unauthenticated, nextCall.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, newToken.StatusCode);
    }

    [Fact]
    public async Task A_wrong_terminal_secret_gets_no_token()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            new TerminalAuth.TerminalAuthClient(host.Channel).GetTerminalTokenAsync(new TerminalTokenRequest { TerminalId = host.TerminalId, Secret = "guessed" }).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task The_audit_query_tells_who_looked_at_a_case_when_and_whether_they_were_let_in()
    {
        var caseId = (await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.HealthyAdult() })).Result.CaseId;
        await host.Intake.GetCaseAsync(new GetCaseRequest { CaseId = caseId });
        var stranger = new Contracts.V1.Intake.IntakeClient(host.CallsAs(await host.EnrolTerminalAsync("KZ-ZHA-MER-02")));
        await Assert.ThrowsAsync<RpcException>(() => stranger.GetCaseAsync(new GetCaseRequest { CaseId = caseId }).ResponseAsync);
        var admin = host.IssueToken("auditor-1", "admin");

        var entries = await GetAsync<JsonElement>($"/admin/audit?caseId={caseId}", admin);
        var csv = await (await SendAsync(HttpMethod.Get, $"/admin/audit?caseId={caseId}&format=csv", admin)).Content.ReadAsStringAsync();

        var reads = entries.EnumerateArray().Where(e => e.GetProperty("action").GetString() == "case.read").ToList();
        Assert.Equal([true, false], reads.Select(e => e.GetProperty("allowed").GetBoolean()));
        Assert.Equal(host.TerminalId, reads[0].GetProperty("principal").GetString());
        Assert.StartsWith("at_utc,principal,role,action,case_id,allowed,source\n", csv);
        Assert.Contains($",case.read,{caseId},false,", csv);
    }

    private Task<HttpResponseMessage> SignInAsync(string user, string password) =>
        http.PostAsJsonAsync(new Uri(host.WebAddress, "/auth/token"), new { userName = user, password });

    private async Task<T> GetAsync<T>(string path, string token) =>
        (await (await SendAsync(HttpMethod.Get, path, token)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<T>())!;

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token)
    {
        using var request = new HttpRequestMessage(method, new Uri(host.WebAddress, path));
        request.Headers.Authorization = new("Bearer", token);
        return await http.SendAsync(request);
    }
}
