using Grpc.Net.Client;
using Triage.Contracts.V1;
using Triage.LinkBench.Emulation;

namespace Triage.LinkBench;

/// <summary>Runs every scenario without and with the link, then prints the tables.</summary>
internal static class LinkBenchRun
{
    private const int Repetitions = 5;
    private const int BacklogRepetitions = 3;
    private const int LargeBacklog = 500;

    // gRPC's length prefix on every message, and the HTTP/2 DATA frame header around it.
    private const int MessageFraming = 5 + 9;

    public static async Task RunAsync(LinkSettings settings, IReadOnlyList<int> backlogs)
    {
        await using var gateway = await BenchGateway.StartAsync();
        await using var link = LinkEmulator.Start(gateway.Grpc, settings);
        var direct = new TerminalRuns(gateway, gateway.Grpc, null);
        var linked = new TerminalRuns(gateway, link.Address, link);

        // Warm-up, not counted: compiled code, the gateway's database pages and the risk model's first scores.
        await direct.BacklogAsync(200);
        await linked.FirstResultAsync();
        // ...and the returning terminals' first sign-in, which keeps their token for the runs that count.
        await direct.ReturningResultAsync();
        await linked.ReturningResultAsync();

        var roundTrip = settings.RoundTrip;
        var results = new List<ScenarioResult>
        {
            // The TCP handshake comes before anything else on a new connection: a round trip no client avoids.
            new("first result, new session (sync of 1 case)", await RepeatAsync(direct.FirstResultAsync), await RepeatAsync(linked.FirstResultAsync),
                bytes => roundTrip + LinkLimit.Exchange(settings, bytes)),
            new("first result, new session, token kept by the last run (sync of 1 case)", await RepeatAsync(direct.ReturningResultAsync), await RepeatAsync(linked.ReturningResultAsync),
                bytes => roundTrip + LinkLimit.Exchange(settings, bytes)),
            new("warm case, open session (sync of 1 case)", await direct.WarmSyncAsync(Repetitions), await linked.WarmSyncAsync(Repetitions),
                bytes => LinkLimit.Exchange(settings, bytes)),
            new("warm case, open session (unary SubmitCase)", await direct.WarmSubmitAsync(Repetitions), await linked.WarmSubmitAsync(Repetitions),
                bytes => LinkLimit.Exchange(settings, bytes)),
        };
        foreach (var count in backlogs)
        {
            var times = count >= LargeBacklog ? 1 : BacklogRepetitions;
            results.Add(new($"backlog of {count} cases (sync, new session)",
                await RepeatAsync(() => direct.BacklogAsync(count), times), await RepeatAsync(() => linked.BacklogAsync(count), times),
                bytes => LinkLimit.Stream(settings, bytes)));
            results.Add(new($"backlog of {count} cases (sync, new session, token kept by the last run)",
                await RepeatAsync(() => direct.BacklogAsync(count, keptToken: true), times), await RepeatAsync(() => linked.BacklogAsync(count, keptToken: true), times),
                bytes => LinkLimit.Stream(settings, bytes)));
        }

        Print(settings, results, await TokenLengthAsync(gateway), link.Drops);
    }

    private static async Task<IReadOnlyList<Trial>> RepeatAsync(Func<Task<Trial>> run, int times = Repetitions)
    {
        var trials = new List<Trial>();
        for (var i = 0; i < times; i++)
        {
            trials.Add(await run());
        }

        return trials;
    }

    /// <summary>The bearer token a terminal gets, which its calls carry in their headers.</summary>
    private static async Task<int> TokenLengthAsync(BenchGateway gateway)
    {
        using var channel = GrpcChannel.ForAddress(gateway.Grpc);
        var token = await new TerminalAuth.TerminalAuthClient(channel).GetTerminalTokenAsync(new TerminalTokenRequest { TerminalId = gateway.TerminalId, Secret = gateway.Secret });
        return token.Token.Length;
    }

    private static void Print(LinkSettings settings, IReadOnlyList<ScenarioResult> results, int tokenLength, int drops)
    {
        var roundTrip = settings.RoundTrip.TotalSeconds;
        Console.WriteLine($"Link: {settings}; {Environment.ProcessorCount} cores; medians of {Repetitions} runs ({BacklogRepetitions} for a small backlog, 1 from {LargeBacklog} cases)");
        Console.WriteLine();
        Console.WriteLine("| scenario | no link | over the link | round trips | link limit (its bytes) | × limit | link limit (payload only) | × payload limit |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            Console.WriteLine($"| {r.Name} | {Ms(r.DirectMedian)} | {Ms(r.LinkedMedian)} | {r.LinkedMedian.TotalSeconds / roundTrip:0.0} | {Ms(r.WireLimit)} | {r.LinkedMedian / r.WireLimit:0.00} | {Ms(r.PayloadLimit)} | {r.LinkedMedian / r.PayloadLimit:0.00} |");
        }

        Console.WriteLine();
        Console.WriteLine("| scenario | up bytes per case | request payload | × | down bytes per case | answer payload | × |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            var (wire, payload) = (r.WirePerCase, r.PayloadPerCase);
            Console.WriteLine($"| {r.Name} | {wire.Up} | {payload.Up} | {(double)wire.Up / payload.Up:0.00} | {wire.Down} | {payload.Down} | {(double)wire.Down / payload.Down:0.00} |");
        }

        Console.WriteLine();
        var backlog = results[^1].PayloadPerCase;
        var bareAck = new SyncAck { ClientCaseId = Guid.NewGuid().ToString(), Accepted = true }.CalculateSize();
        Console.WriteLine($"An acknowledgement (SyncAck) is {backlog.Down} bytes on average in the last backlog ({bareAck} for client_case_id and accepted alone); the result is repeated only where the gateway's differs from the terminal's own.");
        foreach (var r in results.Where(r => r.Name.StartsWith("backlog", StringComparison.Ordinal)))
        {
            // The same cases on the wire, each answered by a bare ack in its frame: what the link allows once an
            // unchanged result is not sent back.
            var cases = r.Linked[0].Cases;
            var bare = LinkLimit.Stream(settings, new LinkBytes(r.WirePerCase.Up * cases, (long)(bareAck + MessageFraming) * cases));
            Console.WriteLine($"{r.Name}: with bare acks the link would allow {Ms(bare)}; measured is {r.LinkedMedian / bare:0.0}× that.");
        }

        var unary = results.Single(r => r.Name.Contains("SubmitCase", StringComparison.Ordinal)).WirePerCase;
        var unaryPayload = results.Single(r => r.Name.Contains("SubmitCase", StringComparison.Ordinal)).PayloadPerCase;
        Console.WriteLine($"A unary SubmitCase sends {unary.Up - unaryPayload.Up - MessageFraming} bytes besides its message and its framing (request headers, HTTP/2 flow control); the bearer token in its headers is {tokenLength} bytes.");
        Console.WriteLine($"The link dropped {drops} times.");
    }

    private static string Ms(TimeSpan value) => $"{value.TotalMilliseconds:0} ms";
}
