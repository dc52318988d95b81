using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Triage.LinkBench.Emulation;

namespace Triage.Terminal.Tests.LinkEmulation;

/// <summary>
/// The link emulator the link bench measures through: it must carry every byte as sent, and never be faster than
/// the link it stands for. Only lower bounds are checked on time, which a busy machine cannot break.
/// </summary>
public sealed class LinkEmulatorTests : IDisposable
{
    // Fast enough that bandwidth plays no part where a test is about something else.
    private const double Unhurried = 50_000;

    private readonly TcpListener target = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource bound = new(TimeSpan.FromSeconds(30));

    public LinkEmulatorTests() => target.Start();

    public void Dispose()
    {
        target.Dispose();
        bound.Dispose();
    }

    [Fact]
    public async Task Bytes_cross_intact_and_in_order_both_ways_and_the_counters_equal_the_bytes_sent()
    {
        await using var link = Start(new LinkSettings(TimeSpan.FromMilliseconds(20), Unhurried, Unhurried));
        var (terminal, gateway) = await ConnectAsync(link);
        using (terminal)
        using (gateway)
        {
            var upward = RandomBytes(200_000, seed: 1);
            var downward = RandomBytes(120_000, seed: 2);

            var sending = SendInPiecesAsync(terminal, upward);
            Assert.Equal(upward, await ReceiveAsync(gateway, upward.Length));
            await sending;
            sending = SendInPiecesAsync(gateway, downward);
            Assert.Equal(downward, await ReceiveAsync(terminal, downward.Length));
            await sending;

            Assert.Equal(new LinkBytes(upward.Length, downward.Length), link.Bytes.Snapshot());
        }
    }

    [Fact]
    public async Task A_round_trip_of_one_second_adds_at_least_a_second_to_every_exchange_and_another_to_a_new_connection()
    {
        var roundTrip = TimeSpan.FromSeconds(1);
        await using var link = Start(new LinkSettings(roundTrip, Unhurried, Unhurried));
        var connecting = Stopwatch.StartNew();
        var (terminal, gateway) = await ConnectAsync(link);
        using (terminal)
        using (gateway)
        {
            await ExchangeAsync(terminal, gateway);
            Assert.True(connecting.Elapsed >= 2 * roundTrip, $"the handshake and the first exchange took {connecting.Elapsed}");

            var exchange = Stopwatch.StartNew();
            await ExchangeAsync(terminal, gateway);
            Assert.True(exchange.Elapsed >= roundTrip, $"an exchange took {exchange.Elapsed}");
        }
    }

    [Fact]
    public async Task Sending_n_bytes_at_b_kbit_per_second_takes_at_least_n_times_8_over_b_seconds_each_way()
    {
        const double upKbps = 80;
        const double downKbps = 160;
        const int bytes = 5_000;
        await using var link = Start(new LinkSettings(TimeSpan.Zero, upKbps, downKbps));
        var (terminal, gateway) = await ConnectAsync(link);
        using (terminal)
        using (gateway)
        {
            var up = await TimeTransferAsync(terminal, gateway, bytes);
            Assert.True(up.TotalSeconds >= bytes * 8 / (upKbps * 1000), $"{bytes} bytes went up in {up}");
            var down = await TimeTransferAsync(gateway, terminal, bytes);
            Assert.True(down.TotalSeconds >= bytes * 8 / (downKbps * 1000), $"{bytes} bytes came down in {down}");
        }
    }

    [Fact]
    public async Task A_drop_closes_the_connection_at_both_ends()
    {
        await using var link = Start(new LinkSettings(TimeSpan.Zero, Unhurried, Unhurried));
        var (terminal, gateway) = await ConnectAsync(link);
        using (terminal)
        using (gateway)
        {
            await ExchangeAsync(terminal, gateway);
            link.Drop();
            await AssertClosedAsync(terminal);
            await AssertClosedAsync(gateway);
            Assert.Equal(1, link.Drops);
        }
    }

    [Fact]
    public async Task Random_drops_at_a_high_rate_soon_close_a_connection()
    {
        await using var link = Start(new LinkSettings(TimeSpan.Zero, Unhurried, Unhurried, DropsPerSecond: 50));
        var (terminal, gateway) = await ConnectAsync(link);
        using (terminal)
        using (gateway)
        {
            await AssertClosedAsync(terminal);
            Assert.True(link.Drops > 0);
        }
    }

    private LinkEmulator Start(LinkSettings settings) => LinkEmulator.Start(new Uri($"http://127.0.0.1:{((IPEndPoint)target.LocalEndpoint).Port}"), settings);

    private async Task<(Socket Terminal, Socket Gateway)> ConnectAsync(LinkEmulator link)
    {
        var terminal = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await terminal.ConnectAsync(IPAddress.Loopback, link.Address.Port, bound.Token);
        return (terminal, await target.AcceptSocketAsync(bound.Token));
    }

    private async Task ExchangeAsync(Socket terminal, Socket gateway)
    {
        await terminal.SendAsync(new byte[] { 1 }, bound.Token);
        await ReceiveAsync(gateway, 1);
        await gateway.SendAsync(new byte[] { 2 }, bound.Token);
        await ReceiveAsync(terminal, 1);
    }

    private async Task<TimeSpan> TimeTransferAsync(Socket from, Socket to, int count)
    {
        var watch = Stopwatch.StartNew();
        await from.SendAsync(new byte[count], bound.Token);
        await ReceiveAsync(to, count);
        return watch.Elapsed;
    }

    /// <summary>Sends in pieces of uneven size, so the link sees many chunks to keep in order.</summary>
    private async Task SendInPiecesAsync(Socket socket, byte[] bytes)
    {
        var random = new Random(3);
        for (var offset = 0; offset < bytes.Length;)
        {
            var piece = Math.Min(random.Next(1, 9_000), bytes.Length - offset);
            offset += await socket.SendAsync(bytes.AsMemory(offset, piece), bound.Token);
        }
    }

    private async Task<byte[]> ReceiveAsync(Socket socket, int count)
    {
        var buffer = new byte[count];
        for (var offset = 0; offset < count;)
        {
            var read = await socket.ReceiveAsync(buffer.AsMemory(offset), bound.Token);
            Assert.NotEqual(0, read);
            offset += read;
        }

        return buffer;
    }

    private async Task AssertClosedAsync(Socket socket)
    {
        try
        {
            Assert.Equal(0, await socket.ReceiveAsync(new byte[1], bound.Token));
        }
        catch (SocketException)
        {
            // Reset rather than closed: closed all the same.
        }
    }

    private static byte[] RandomBytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
