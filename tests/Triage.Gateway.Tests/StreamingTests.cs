using Grpc.Core;
using Triage.Contracts.V1;
using Triage.Testing;

namespace Triage.Gateway.Tests;

public sealed class StreamingTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Syncing_a_queue_answers_every_case_on_its_own()
    {
        var good = SampleCases.HealthyAdult();
        var alreadySent = SampleCases.HealthyAdult();
        await gateway.Host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = alreadySent });
        var invalid = SampleCases.HealthyAdult(c => c.Vitals.HeartRate = 400);
        var conflicting = alreadySent.Clone();
        conflicting.Vitals.HeartRate = 120;
        var afterTheBadOnes = SampleCases.HealthyAdult();

        using var call = gateway.Host.Intake.SyncCases();
        var queue = new[] { good, alreadySent, invalid, conflicting, afterTheBadOnes };
        foreach (var report in queue)
        {
            await call.RequestStream.WriteAsync(new SubmitCaseRequest { Case = report });
        }

        await call.RequestStream.CompleteAsync();
        var acks = await call.ResponseStream.ReadAllAsync().ToListAsync();

        Assert.Equal(queue.Select(r => r.ClientCaseId), acks.Select(a => a.ClientCaseId));
        Assert.True(acks[0].Accepted && !acks[0].Duplicate && acks[0].Result.CaseId != "");
        Assert.True(acks[1].Accepted && acks[1].Duplicate);
        Assert.False(acks[2].Accepted);
        Assert.Equal("INVALID_ARGUMENT", acks[2].ErrorCode);
        Assert.Contains("case.vitals.heart_rate", acks[2].Error);
        Assert.False(acks[3].Accepted);
        Assert.Equal("ALREADY_EXISTS", acks[3].ErrorCode);
        Assert.True(acks[4].Accepted && !acks[4].Duplicate);
    }

    [Fact]
    public async Task A_watcher_receives_the_triage_event_and_can_resume_after_it()
    {
        var response = await gateway.Host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.HealthyAdult() });

        using var fromStart = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var watch = gateway.Host.Intake.WatchCase(new WatchCaseRequest { CaseId = response.Result.ClientCaseId }, cancellationToken: fromStart.Token);
        Assert.True(await watch.ResponseStream.MoveNext(fromStart.Token));
        var first = watch.ResponseStream.Current;
        Assert.Equal(1, first.Sequence);
        Assert.Equal(response.Result.CaseId, first.CaseId);
        Assert.Equal(response.Result, first.Triaged.Result);

        using var afterFirst = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        using var resumed = gateway.Host.Intake.WatchCase(new WatchCaseRequest { CaseId = response.Result.CaseId, AfterSequence = 1 }, cancellationToken: afterFirst.Token);
        var error = await Assert.ThrowsAsync<RpcException>(() => resumed.ResponseStream.MoveNext(afterFirst.Token));
        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
    }

    [Fact]
    public async Task Watching_an_unknown_case_is_not_found()
    {
        using var watch = gateway.Host.Intake.WatchCase(new WatchCaseRequest { CaseId = Guid.NewGuid().ToString() });

        var error = await Assert.ThrowsAsync<RpcException>(() => watch.ResponseStream.MoveNext());

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }
}
