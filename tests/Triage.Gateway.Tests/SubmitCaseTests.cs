using Grpc.Core;
using Triage.Contracts.V1;
using Triage.Testing;

namespace Triage.Gateway.Tests;

public sealed class SubmitCaseTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task A_submitted_case_is_triaged_stored_and_readable_by_either_id()
    {
        var report = SampleCases.HealthyAdult();

        var response = await gateway.Host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report });

        Assert.False(response.Duplicate);
        Assert.True(Guid.TryParse(response.Result.CaseId, out _));
        Assert.Equal(report.ClientCaseId, response.Result.ClientCaseId);
        Assert.Equal(ReferralLevel.TreatLocally, response.Result.ReferralLevel);
        Assert.Equal(0, response.Result.News2.Total);
        Assert.NotEmpty(response.Result.Advice);
        Assert.Equal("en", response.Result.Language);
        Assert.Equal(("COVERAGE_PRIMARY_CARE", CoverageStatus.Covered), (response.Result.Coverage.Code, response.Result.Coverage.Status));

        var byServerId = await gateway.Host.Intake.GetCaseAsync(new GetCaseRequest { CaseId = response.Result.CaseId });
        var byClientId = await gateway.Host.Intake.GetCaseAsync(new GetCaseRequest { CaseId = report.ClientCaseId });
        Assert.Equal(report, byServerId.Report);
        Assert.Equal(response.Result, byServerId.Result);
        Assert.Equal(byServerId, byClientId);
        Assert.Equal(SampleCases.KnownClinic, byServerId.ClinicId);
    }

    [Fact]
    public async Task The_shipped_risk_model_gives_a_calibrated_risk_its_version_and_its_reasons()
    {
        var response = await gateway.Host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() });

        var result = response.Result;
        Assert.True(result.RiskEstimated);
        Assert.InRange(result.Risk, 0.0, 1.0);
        Assert.Equal("triage-risk/1.1.0", result.ModelVersion);
        Assert.NotEqual(ReferralLevel.Unspecified, result.ModelLevel);
        Assert.Contains(result.Reasons, r => r.Source == ReasonSource.Model && r.Code.StartsWith("MODEL_", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Reasons, r => r.Code == "RISK_NOT_ESTIMATED");
        Assert.Equal((ReferralLevel)Math.Max((int)result.RuleLevel, (int)result.ModelLevel), result.ReferralLevel);
    }

    [Fact]
    public async Task Without_a_risk_model_the_result_says_so_instead_of_inventing_a_risk()
    {
        await using var rulesOnly = await GatewayHost.StartAsync("--Gateway:UseRiskModel=false");

        var response = await rulesOnly.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.HealthyAdult() });

        Assert.False(response.Result.RiskEstimated);
        Assert.Equal(0, response.Result.Risk);
        Assert.Equal("", response.Result.ModelVersion);
        Assert.Contains(response.Result.Reasons, r => r.Code == "RISK_NOT_ESTIMATED");
    }

    [Fact]
    public async Task Advice_comes_in_the_language_of_the_case()
    {
        var kazakh = await gateway.Host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.HealthyAdult(c => c.Language = "kk") });
        var russian = await gateway.Host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.HealthyAdult(c => c.Language = "ru") });
        var unstated = await gateway.Host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.HealthyAdult(c => c.Language = "") });

        Assert.Equal("kk", kazakh.Result.Language);
        Assert.Contains("фельдшерлік", kazakh.Result.Advice);
        Assert.Equal("ru", russian.Result.Language);
        Assert.Contains("Лечение на месте", russian.Result.Advice);
        Assert.Equal("ru", unstated.Result.Language);
    }

    [Fact]
    public async Task A_missing_vital_sign_is_named_and_scores_nothing()
    {
        var report = SampleCases.HealthyAdult(c => c.Vitals.ClearTemperatureC());

        var result = (await gateway.Host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report })).Result;

        Assert.Equal(["temperature_c"], result.MissingVitals);
        Assert.Equal(0, result.News2.TemperatureScore);
        Assert.Contains(result.Reasons, r => r.Code == "NEWS2_INCOMPLETE" && r.Text.Contains("not measured: temperature.") && !r.Text.Contains("temperature_c"));
    }

    [Fact]
    public async Task A_case_from_an_unregistered_clinic_is_refused_and_not_stored()
    {
        var report = SampleCases.HealthyAdult(c => c.ClinicId = "KZ-XXX-NOWHERE-99");

        var error = await Assert.ThrowsAsync<RpcException>(() => gateway.Host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains(error.BadRequestViolations(), v => v.Field == "case.clinic_id" && v.Description.Contains("registered clinic"));
        await AssertNotStored(report.ClientCaseId);
    }

    [Fact]
    public async Task An_expired_deadline_is_answered_as_such()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => gateway.Host.Intake.SubmitCaseAsync(
            new SubmitCaseRequest { Case = SampleCases.HealthyAdult() }, deadline: DateTime.UtcNow.AddMilliseconds(-1)).ResponseAsync);

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
    }

    private async Task AssertNotStored(string clientCaseId)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => gateway.Host.Intake.GetCaseAsync(new GetCaseRequest { CaseId = clientCaseId }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }
}
