using System.Net;
using Grpc.Core;
using Triage.Contracts.V1;
using Triage.Testing;

namespace Triage.Gateway.Tests.Access;

/// <summary>A runaway terminal or script is slowed down with a clear answer, and nobody else pays for it.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private const int Burst = 4;
    private GatewayHost host = null!;

    // The slowest refill allowed (one call a second) after a small burst: calls in a loop drain it whatever the machine's speed.
    public async Task InitializeAsync() => host = await GatewayHost.StartAsync("--RateLimits:PermitsPerSecond=1", $"--RateLimits:Burst={Burst}");

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_terminal_over_its_limit_gets_resource_exhausted_with_a_retry_delay_while_another_terminal_is_served()
    {
        var other = new Contracts.V1.Intake.IntakeClient(host.CallsAs(await host.EnrolTerminalAsync("KZ-ZHA-KOR-02")));
        var outcomes = new List<StatusCode>();
        RpcException? refusal = null;
        for (var call = 0; call < 20 && refusal is null; call++)
        {
            try
            {
                await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.HealthyAdult() });
                outcomes.Add(StatusCode.OK);
            }
            catch (RpcException e)
            {
                refusal = e;
            }
        }

        var otherServed = await other.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.HealthyAdult(c => c.ClinicId = "KZ-ZHA-KOR-02") });

        Assert.NotNull(refusal);
        Assert.Equal(StatusCode.ResourceExhausted, refusal.StatusCode);
        Assert.Contains("retry", refusal.Status.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.True(int.Parse(refusal.Trailers.GetValue("retry-after")!) >= 1);
        Assert.True(outcomes.Count >= Burst, $"only {outcomes.Count} calls served before the limit");
        Assert.False(string.IsNullOrEmpty(otherServed.Result.CaseId));
    }

    [Fact]
    public async Task A_user_over_the_limit_on_the_web_endpoint_gets_429_with_retry_after()
    {
        using var http = new HttpClient();
        var token = host.IssueToken("admin-busy", "admin");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var call = 0; call < 20 && last?.StatusCode != HttpStatusCode.TooManyRequests; call++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(host.WebAddress, "/admin/specialists"));
            request.Headers.Authorization = new("Bearer", token);
            last = await http.SendAsync(request);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.NotNull(last.Headers.RetryAfter);
        Assert.All(statuses.SkipLast(1), s => Assert.Equal(HttpStatusCode.OK, s));
    }
}
