using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;

namespace Telemed.FanoutBench;

/// <summary>
/// Specialists reduced to their sockets: each a WebSocket to the hub speaking its JSON protocol (handshake, pings),
/// noting when the bytes of a <c>ConsultQueued</c> arrive and reading only the case id out of them. This times the
/// gateway's fan-out up to each specialist's socket without 200 SignalR clients' own work sharing the two cores;
/// what one console then does with the message is the same for one specialist as for two hundred.
/// </summary>
public sealed class WebSocketFleet(Uri hub) : ISpecialistFleet
{
    private const char RecordSeparator = '\u001e';
    private static readonly byte[] Handshake = Encoding.UTF8.GetBytes($"{{\"protocol\":\"json\",\"version\":1}}{RecordSeparator}");
    private static readonly byte[] Ping = Encoding.UTF8.GetBytes($"{{\"type\":6}}{RecordSeparator}");
    private static readonly byte[] QueuedTarget = Encoding.UTF8.GetBytes("\"target\":\"ConsultQueued\"");
    private static readonly byte[] CaseIdProperty = Encoding.UTF8.GetBytes("\"caseId\":\"");

    private readonly ArrivalLog arrivals = new();
    private readonly List<(ClientWebSocket Socket, Task Receiving)> sockets = [];
    private readonly CancellationTokenSource closing = new();
    private Task? pinging;

    public async Task ConnectAsync(string token)
    {
        var socket = new ClientWebSocket();
        var address = new UriBuilder(hub) { Scheme = hub.Scheme == "https" ? "wss" : "ws", Query = $"access_token={Uri.EscapeDataString(token)}" }.Uri;
        await socket.ConnectAsync(address, closing.Token);
        await socket.SendAsync(Handshake, WebSocketMessageType.Text, endOfMessage: true, closing.Token);
        var buffer = new byte[1024];
        var answer = await socket.ReceiveAsync(buffer, closing.Token);
        if (Encoding.UTF8.GetString(buffer, 0, answer.Count) != $"{{}}{RecordSeparator}")
        {
            throw new InvalidOperationException($"The hub refused the handshake: {Encoding.UTF8.GetString(buffer, 0, answer.Count)}");
        }

        lock (sockets)
        {
            sockets.Add((socket, ReceiveAsync(socket)));
        }

        // The hub closes a connection it has not heard from for 30 s.
        pinging ??= PingAsync();
    }

    public Task<IReadOnlyList<Arrival>> TakeArrivalsAsync() => Task.FromResult(arrivals.Take());

    public Task<TimeSpan> CpuAsync() => Task.FromResult(Process.GetCurrentProcess().TotalProcessorTime);

    public async ValueTask DisposeAsync()
    {
        await closing.CancelAsync();
        foreach (var (socket, receiving) in sockets)
        {
            await receiving;
            socket.Dispose();
        }

        if (pinging is not null)
        {
            await pinging;
        }

        closing.Dispose();
    }

    private async Task ReceiveAsync(ClientWebSocket socket)
    {
        var seen = new HashSet<string>();
        var buffer = new byte[64 * 1024];
        var filled = 0;
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer.AsMemory(filled), closing.Token);
                var now = Stopwatch.GetTimestamp();
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                filled += received.Count;
                var records = buffer.AsSpan(0, filled);
                int end;
                while ((end = records.IndexOf((byte)RecordSeparator)) >= 0)
                {
                    if (CaseIdOfQueued(records[..end]) is { } caseId && seen.Add(caseId))
                    {
                        arrivals.Note(caseId, now);
                    }

                    records = records[(end + 1)..];
                }

                // A record split across reads waits for its rest at the start of the buffer.
                records.CopyTo(buffer);
                filled = records.Length;
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static string? CaseIdOfQueued(ReadOnlySpan<byte> record)
    {
        if (record.IndexOf(QueuedTarget) < 0 || record.IndexOf(CaseIdProperty) is var at && at < 0)
        {
            return null;
        }

        var value = record[(at + CaseIdProperty.Length)..];
        return Encoding.UTF8.GetString(value[..value.IndexOf((byte)'"')]);
    }

    private async Task PingAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10));
        try
        {
            while (await timer.WaitForNextTickAsync(closing.Token))
            {
                (ClientWebSocket Socket, Task)[] current;
                lock (sockets)
                {
                    current = [.. sockets];
                }

                foreach (var (socket, _) in current)
                {
                    await socket.SendAsync(Ping, WebSocketMessageType.Text, endOfMessage: true, closing.Token);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
