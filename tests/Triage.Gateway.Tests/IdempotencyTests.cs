using Grpc.Core;
using Triage.Contracts.V1;
using Triage.Testing;

namespace Triage.Gateway.Tests;

public sealed class IdempotencyTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task A_retried_submission_returns_the_stored_result_and_stores_nothing_new()
    {
        var report = SampleCases.HealthyAdult();
        var first = await Submit(report);
        var casesBefore = await gateway.Host.CountAsync("Cases");

        var retry = await Submit(report.Clone());

        Assert.False(first.Duplicate);
        Assert.True(retry.Duplicate);
        Assert.Equal(first.Result, retry.Result);
        Assert.Equal(casesBefore, await gateway.Host.CountAsync("Cases"));
    }

    [Fact]
    public async Task A_retry_listing_symptoms_in_another_order_is_still_the_same_case()
    {
        var report = SampleCases.HealthyAdult(c => c.Symptoms.Add([Symptom.Cough, Symptom.Fever]));
        var first = await Submit(report);
        var reordered = report.Clone();
        reordered.Symptoms.Clear();
        reordered.Symptoms.Add([Symptom.Fever, Symptom.SoreThroat, Symptom.Cough]);

        var retry = await Submit(reordered);

        Assert.True(retry.Duplicate);
        Assert.Equal(first.Result.CaseId, retry.Result.CaseId);
    }

    [Fact]
    public async Task Reusing_a_client_case_id_for_different_content_is_refused_and_the_stored_case_is_kept()
    {
        var report = SampleCases.HealthyAdult();
        var original = await Submit(report);
        var different = report.Clone();
        different.Vitals.HeartRate = 130;

        var error = await Assert.ThrowsAsync<RpcException>(() => Submit(different));

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Contains(original.Result.CaseId, error.Status.Detail);
        var stored = await gateway.Host.Intake.GetCaseAsync(new GetCaseRequest { CaseId = report.ClientCaseId });
        Assert.Equal(72, stored.Report.Vitals.HeartRate);
        Assert.Equal(original.Result, stored.Result);
    }

    [Fact]
    public async Task Twenty_concurrent_retries_of_one_case_store_exactly_one_row()
    {
        var report = SampleCases.HealthyAdult();
        var casesBefore = await gateway.Host.CountAsync("Cases");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => Submit(report.Clone()))));

        Assert.Single(responses, r => !r.Duplicate);
        Assert.Single(responses.Select(r => r.Result.CaseId).Distinct());
        Assert.Equal(casesBefore + 1, await gateway.Host.CountAsync("Cases"));
    }

    private async Task<SubmitCaseResponse> Submit(CaseReport report) =>
        await gateway.Host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report });
}
