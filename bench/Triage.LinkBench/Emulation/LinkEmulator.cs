using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Triage.LinkBench.Emulation;

/// <summary>
/// A slow, far and unreliable link on loopback: a TCP proxy on 127.0.0.1 in front of one target port that delays,
/// paces and drops what crosses it (<see cref="LinkSettings"/>), and counts the bytes each way.
/// </summary>
public sealed class LinkEmulator : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentDictionary<LinkConnection, Task> connections = new();
    private readonly IPEndPoint target;
    private readonly LinkSettings settings;
    private readonly BandwidthPacer up;
    private readonly BandwidthPacer down;
    private readonly Task accepting;
    private readonly Task dropping;
    private int drops;

    private LinkEmulator(IPEndPoint target, LinkSettings settings)
    {
        (this.target, this.settings) = (target, settings);
        up = new BandwidthPacer(settings.UpBytesPerSecond);
        down = new BandwidthPacer(settings.DownBytesPerSecond);
        listener.Start();
        accepting = AcceptAsync();
        dropping = settings.DropsPerSecond > 0 ? new RandomDrops(settings.DropsPerSecond, settings.Seed, Drop).RunAsync(stop.Token) : Task.CompletedTask;
    }

    /// <summary>Where the terminal connects instead of the target.</summary>
    public Uri Address => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");

    public LinkSettings Settings => settings;

    public ByteCounters Bytes { get; } = new();

    /// <summary>How often the link has dropped, at random or by <see cref="Drop"/>.</summary>
    public int Drops => Volatile.Read(ref drops);

    public static LinkEmulator Start(Uri target, LinkSettings settings) => new(new IPEndPoint(IPAddress.Loopback, target.Port), settings);

    /// <summary>Drops the link now: every connection across it is closed at both ends.</summary>
    public void Drop()
    {
        Interlocked.Increment(ref drops);
        foreach (var connection in connections.Keys)
        {
            connection.Cut();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await accepting;
        await dropping;
        foreach (var connection in connections.Keys)
        {
            connection.Cut();
        }

        await Task.WhenAll(connections.Values);
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var connection = new LinkConnection(await listener.AcceptSocketAsync(stop.Token));
                var carried = connection.RunAsync(target, settings, up, down, Bytes);
                connections[connection] = carried;
                // Registered once the connection is in the table, so it leaves the table even if it is over already.
                _ = carried.ContinueWith(_ => connections.TryRemove(connection, out var _), TaskScheduler.Default);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }
}
