using System.Net;
using System.Net.Sockets;

namespace Triage.Terminal.Tests.Faults;

/// <summary>
/// A loopback TCP proxy standing in for a rural link: every connection is cut (reset, mid-frame) after a random
/// number of bytes, as a link that drops does to whatever is on the wire.
/// </summary>
public sealed class FlakyProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Random random;
    private readonly int targetPort;
    private readonly int minBytes;
    private readonly int maxBytes;
    private readonly Task accepting;
    private int cuts;

    private FlakyProxy(int targetPort, int seed, int minBytes, int maxBytes)
    {
        (this.targetPort, this.minBytes, this.maxBytes) = (targetPort, minBytes, maxBytes);
        random = new Random(seed);
        listener.Start();
        accepting = AcceptAsync();
    }

    public Uri Address => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");

    /// <summary>Connections cut so far.</summary>
    public int Cuts => Volatile.Read(ref cuts);

    /// <param name="minBytes">Each connection carries at least this many bytes (both ways together) before it is cut.</param>
    public static FlakyProxy Start(Uri target, int seed, int minBytes, int maxBytes) => new(target.Port, seed, minBytes, maxBytes);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await accepting;
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await listener.AcceptTcpClientAsync(stop.Token);
                _ = RelayAsync(client);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var server = new TcpClient();
        int budget;
        lock (random)
        {
            budget = random.Next(minBytes, maxBytes);
        }

        try
        {
            await server.ConnectAsync(IPAddress.Loopback, targetPort, stop.Token);
            using var done = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
            var remaining = new ByteBudget(budget);
            var up = PumpAsync(client.GetStream(), server.GetStream(), remaining, done.Token);
            var down = PumpAsync(server.GetStream(), client.GetStream(), remaining, done.Token);
            await Task.WhenAny(up, down);
            if (remaining.Value <= 0)
            {
                Interlocked.Increment(ref cuts);
            }

            await done.CancelAsync();
            await Task.WhenAll(up, down).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException)
        {
            // One side went away first; the other is cut below either way.
        }
        finally
        {
            // Linger 0: close with a reset, not a polite FIN, as a dropped link looks to the endpoints.
            client.Client.LingerState = new LingerOption(true, 0);
            server.Client.LingerState = new LingerOption(true, 0);
            client.Dispose();
        }
    }

    private static async Task PumpAsync(Stream from, Stream to, ByteBudget remaining, CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        int read;
        while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
        {
            var allowed = Math.Min(read, Math.Max(0, Interlocked.Add(ref remaining.Value, -read) + read));
            await to.WriteAsync(buffer.AsMemory(0, allowed), cancellationToken);
            if (allowed < read)
            {
                return;
            }
        }
    }

    /// <summary>The byte budget both directions of one connection draw from.</summary>
    private sealed class ByteBudget(int value)
    {
        public int Value = value;
    }
}
