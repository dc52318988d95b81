using System.Collections.Concurrent;
using Grpc.Core;
using Triage.Contracts.V1;
using Triage.Testing;

namespace Triage.Terminal.Tests.Faults;

[Collection(FaultCollection.Name)]
public sealed class HostileRequestTests
{
    private const int Requests = 10_000;

    [Fact]
    public async Task Ten_thousand_hostile_requests_are_each_refused_as_invalid_nothing_is_stored_and_good_cases_still_go_through()
    {
        await using var gateway = await GatewayHost.StartAsync("--RateLimits:PermitsPerSecond=1000000", "--RateLimits:Burst=1000000");
        var payloads = new HostilePayloads(seed: 6);
        var surprises = new ConcurrentQueue<string>();
        var refused = 0;
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        await Parallel.ForEachAsync(Enumerable.Range(0, Requests), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = bound.Token }, async (i, cancellationToken) =>
        {
            byte[] payload;
            lock (payloads)
            {
                payload = payloads.Next(i);
            }

            try
            {
                await gateway.TerminalCalls.AsyncUnaryCall(RawCalls.SubmitCase, null, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(30), cancellationToken: cancellationToken), payload);
                surprises.Enqueue($"request {i} (kind {i % HostilePayloads.Kinds}) was accepted");
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.InvalidArgument)
            {
                Interlocked.Increment(ref refused);
            }
            catch (RpcException e)
            {
                surprises.Enqueue($"request {i} (kind {i % HostilePayloads.Kinds}): {e.StatusCode} {e.Status.Detail}");
            }
        });

        Assert.Empty(surprises.Take(10));
        Assert.Equal(Requests, refused);
        Assert.Equal(0, await gateway.CountAsync("Cases"));
        var good = await gateway.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.HealthyAdult() });
        Assert.Equal(ReferralLevel.TreatLocally, good.Result.ReferralLevel);
        Assert.Equal(1, await gateway.CountAsync("Cases"));
    }

    [Fact]
    public async Task Hostile_items_in_a_sync_stream_are_each_answered_invalid_and_a_malformed_item_ends_the_stream_as_invalid()
    {
        await using var gateway = await GatewayHost.StartAsync();
        var payloads = new HostilePayloads(seed: 7);
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        using (var call = gateway.TerminalCalls.AsyncDuplexStreamingCall(RawCalls.SyncCases, null, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(60), cancellationToken: bound.Token)))
        {
            // Read while writing: acknowledgements left unread would fill the window and stall both sides.
            var reading = call.ResponseStream.ReadAllAsync().Select(SyncAck.Parser.ParseFrom).ToListAsync().AsTask();
            for (var i = 0; i < 500; i++)
            {
                await call.RequestStream.WriteAsync(payloads.NextParsable(i));
            }

            await call.RequestStream.CompleteAsync();
            var acks = await reading;
            Assert.Equal(500, acks.Count);
            Assert.All(acks, a => Assert.Equal(("INVALID_ARGUMENT", false), (a.ErrorCode, a.Accepted)));
        }

        var good = new SubmitCaseRequest { Case = SampleCases.HealthyAdult() }.ToByteArrayOf();
        using (var call = gateway.TerminalCalls.AsyncDuplexStreamingCall(RawCalls.SyncCases, null, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(60), cancellationToken: bound.Token)))
        {
            await call.RequestStream.WriteAsync(good);
            await call.RequestStream.WriteAsync(good[..^3]);
            var error = await Assert.ThrowsAsync<RpcException>(async () => await call.ResponseStream.ReadAllAsync().ToListAsync());
            Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        }

        Assert.Equal(1, await gateway.CountAsync("Cases"));
    }
}
