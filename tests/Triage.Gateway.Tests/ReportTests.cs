using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Telemed.Hub.Consults;
using Triage.Contracts.V1;
using Triage.Engine.Localization;
using Triage.Testing;

namespace Triage.Gateway.Tests;

/// <summary>The administrators' report over real loopback endpoints, from cases submitted and concluded the real way.</summary>
public sealed class ReportTests : IAsyncLifetime
{
    private const string Specialist = "SP-ZHA-REPORTS";
    private readonly HttpClient http = new();
    private GatewayHost host = null!;

    public async Task InitializeAsync()
    {
        host = await GatewayHost.StartAsync();
        await host.AddSpecialistAsync(Specialist, "KZ-ZHA", Roster.AllSpecialties);
        await using var specialist = await SpecialistClient.ConnectAsync(host, Specialist);
        // Three emergencies: the specialist agrees with two and downgrades one; a fourth case is never concluded.
        foreach (var final in new[] { "EMERGENCY", "EMERGENCY", "URGENT_REFERRAL", null })
        {
            var caseId = (await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() })).Result.CaseId;
            var queued = await specialist.NextQueuedAsync(c => c.CaseId == caseId);
            if (final is not null)
            {
                await specialist.InvokeAsync<ClaimOutcome>("Claim", queued.ConsultId);
                await specialist.InvokeAsync("Conclude", queued.ConsultId, new ConclusionRequest(final, "R57.9", "Shock", "Evacuate"));
            }
        }

        await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.HealthyAdult(c => c.Patient.Insurance = InsuranceStatus.Uninsured) });
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task The_report_compares_the_engines_advice_with_the_specialists_conclusions()
    {
        var report = await GetJsonAsync("/admin/reports?region=KZ-ZHA", host.IssueToken("admin-all", "admin"));

        var overall = report.GetProperty("accuracy").GetProperty("overall");
        Assert.Equal(5, report.GetProperty("cases").GetInt32());
        Assert.Equal(3, overall.GetProperty("concluded").GetInt32());
        Assert.Equal(2, overall.GetProperty("exactAgreement").GetProperty("successes").GetInt32());
        Assert.Equal(1, overall.GetProperty("overTriage").GetProperty("successes").GetInt32());
        Assert.Equal(0, overall.GetProperty("underTriage").GetProperty("successes").GetInt32());
        Assert.True(overall.GetProperty("exactAgreement").GetProperty("isSmall").GetBoolean());
        var operations = report.GetProperty("operations");
        Assert.Equal((4, 1), (operations.GetProperty("consults").GetInt32(), operations.GetProperty("unclaimed").GetInt32()));
        var korday = report.GetProperty("coverage").EnumerateArray().Single();
        Assert.Equal((5, 1), (korday.GetProperty("triaged").GetInt32(), korday.GetProperty("uninsured").GetProperty("successes").GetInt32()));
        Assert.Contains(report.GetProperty("caveats").EnumerateArray(), c => c.GetString() == Reports.ReportCaveats.Outcome(Languages.English));
        Assert.Contains(report.GetProperty("caveats").EnumerateArray(), c => c.GetString()!.Contains("trained on real visits of another population"));
    }

    [Fact]
    public async Task A_regional_administrator_sees_only_their_region_and_is_refused_another()
    {
        var almaty = host.IssueToken("admin-alm", "admin", ("region", "KZ-ALM"));

        var own = await GetJsonAsync("/admin/reports", almaty);
        var other = await SendAsync("/admin/reports?region=KZ-ZHA", almaty);

        Assert.Equal("KZ-ALM", own.GetProperty("scope").GetProperty("regionId").GetString());
        Assert.Equal(0, own.GetProperty("cases").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_bad_filter_is_refused_with_problem_details_naming_it()
    {
        var admin = host.IssueToken("admin-all", "admin");

        var response = await SendAsync("/admin/reports?from=yesterday", admin);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("from", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_report_downloads_as_csv_and_as_html_with_its_charts()
    {
        var admin = host.IssueToken("admin-all", "admin");

        var csv = await (await SendAsync("/admin/reports?format=csv", admin)).Content.ReadAsStringAsync();
        var html = await (await SendAsync("/admin/reports?format=html", admin)).Content.ReadAsStringAsync();
        var chart = await SendAsync("/admin/reports/charts/confusion.png", admin);

        Assert.StartsWith("section,dimension,group,metric,value,ci_lower,ci_upper,n,small_cell\n", csv);
        Assert.Contains("accuracy,overall,all,exact_agreement,0.666667,", csv);
        Assert.Equal(4, html.Split("data-chart=").Length - 1);
        Assert.Equal("image/png", chart.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_report_command_writes_a_self_contained_html_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"triage-report-{Guid.NewGuid()}.html");
        try
        {
            var run = await host.RunAdminAsync("report", "--region", "KZ-ZHA", "--out", file);

            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Contains("5 cases, 3 concluded", run.Output);
            var html = await File.ReadAllTextAsync(file);
            Assert.Contains("data:image/png;base64,", html);
            Assert.DoesNotContain("src=\"http", html);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("/admin/reports?from=yesterday", "from must be an ISO 8601 date")]
    [InlineData("/admin/reports?from=2026-12-01&to=2026-11-01", "must be before to")]
    [InlineData("/admin/reports?format=pdf", "format must be json, csv or html")]
    public async Task A_bad_request_is_answered_400_naming_the_parameter(string path, string message)
    {
        var response = await SendAsync(path, host.IssueToken("admin-all", "admin"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_grpc_report_carries_the_same_figures_for_administrators_only()
    {
        var reports = new Contracts.V1.Reports.ReportsClient(host.CallsAs(host.IssueToken("admin-all", "admin")));

        var report = await reports.GetTriageReportAsync(new TriageReportRequest { RegionId = "KZ-ZHA" });
        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            new Contracts.V1.Reports.ReportsClient(host.TerminalCalls).GetTriageReportAsync(new TriageReportRequest()).ResponseAsync);
        var invalid = await Assert.ThrowsAsync<RpcException>(() => reports.GetTriageReportAsync(new TriageReportRequest
        {
            From = Timestamp.FromDateTime(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc)),
            To = Timestamp.FromDateTime(new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc)),
        }).ResponseAsync);

        Assert.Equal((5, 3, 2), (report.Cases, report.Overall.Concluded, report.Overall.ExactAgreement.Successes));
        Assert.Equal(16, report.Overall.Confusion.Count);
        Assert.Equal(2, report.Overall.Confusion[15]);
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
        Assert.Equal("from", invalid.BadRequestViolations().Single().Field);
    }

    private async Task<JsonElement> GetJsonAsync(string path, string token) =>
        await (await SendAsync(path, token)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();

    private async Task<HttpResponseMessage> SendAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(host.WebAddress, path));
        request.Headers.Authorization = new("Bearer", token);
        return await http.SendAsync(request);
    }
}
