using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Triage.LinkBench.Emulation;

/// <summary>One TCP connection across the link: the terminal's socket, the gateway's socket, and a direction each way.</summary>
internal sealed class LinkConnection(Socket terminal)
{
    private readonly Socket gateway = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
    private readonly CancellationTokenSource closing = new();

    public async Task RunAsync(IPEndPoint target, LinkSettings settings, BandwidthPacer upPacer, BandwidthPacer downPacer, ByteCounters counters)
    {
        // The loopback connect took no time, but on the link the terminal may send only once the SYN-ACK is back
        // (one round trip) and the gateway learns of the connection when the ACK arrives (half a round trip later).
        var accepted = Stopwatch.GetTimestamp();
        terminal.NoDelay = true;
        try
        {
            await gateway.ConnectAsync(target, closing.Token);
            await Task.WhenAll(
                CarryAsync(new LinkDirection(terminal, gateway, settings.OneWay, Clock.After(accepted, settings.RoundTrip), upPacer, counters.AddUp)),
                CarryAsync(new LinkDirection(gateway, terminal, settings.OneWay, Clock.After(accepted, settings.RoundTrip * 1.5), downPacer, counters.AddDown)));
        }
        catch (Exception e) when (IsConnectionEnd(e))
        {
            // The gateway could not be reached: the terminal sees its connection closed.
        }
        finally
        {
            Cut();
            closing.Dispose();
        }
    }

    /// <summary>Drops the connection as a failing link does: both ends see it closed, whatever was in flight is lost.</summary>
    public void Cut()
    {
        try
        {
            closing.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Over already.
        }

        terminal.Dispose();
        gateway.Dispose();
    }

    private async Task CarryAsync(LinkDirection direction)
    {
        try
        {
            await direction.RunAsync(closing.Token);
        }
        catch (Exception e) when (IsConnectionEnd(e))
        {
            // One side broke (or was cut): the other cannot go on alone.
            Cut();
        }
    }

    private static bool IsConnectionEnd(Exception e) => e is SocketException or OperationCanceledException or ObjectDisposedException or IOException;
}
