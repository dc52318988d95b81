using System.Diagnostics;
using System.Net.Sockets;
using System.Threading.Channels;

namespace Triage.LinkBench.Emulation;

/// <summary>
/// One direction of one connection. A reader timestamps each chunk as it arrives; a writer releases the chunks in
/// order, each at its arrival plus the one-way delay, then in slices paced by the link's bandwidth. Chunks in flight
/// overlap their delays, as packets on a real link do; only the bandwidth makes them queue.
/// </summary>
internal sealed class LinkDirection(Socket source, Socket target, TimeSpan oneWay, long notBefore, BandwidthPacer pacer, Action<int> delivered)
{
    // Small enough that a slice's own serialisation time (20 ms at 200 kbit/s) stays well under one round trip.
    private const int SliceBytes = 512;
    private const int ReadBytes = 16 * 1024;

    private readonly Channel<Chunk> inFlight = Channel.CreateBounded<Chunk>(new BoundedChannelOptions(256) { SingleReader = true, SingleWriter = true });

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var reading = ReadAsync(cancellationToken);
        try
        {
            await WriteAsync(cancellationToken);
        }
        finally
        {
            // The reader ends with its socket; its failure is the connection's end, which the caller handles.
            _ = reading.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        }

        await reading;
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var buffer = new byte[ReadBytes];
                var count = await source.ReceiveAsync(buffer, cancellationToken);
                if (count == 0)
                {
                    return;
                }

                await inFlight.Writer.WriteAsync(new Chunk(buffer, count, Stopwatch.GetTimestamp()), cancellationToken);
            }
        }
        finally
        {
            inFlight.Writer.TryComplete();
        }
    }

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        await foreach (var chunk in inFlight.Reader.ReadAllAsync(cancellationToken))
        {
            await Clock.WaitUntilAsync(Clock.After(Math.Max(chunk.ArrivedAt, notBefore), oneWay), cancellationToken);
            for (var offset = 0; offset < chunk.Count; offset += SliceBytes)
            {
                var slice = chunk.Bytes.AsMemory(offset, Math.Min(SliceBytes, chunk.Count - offset));
                await pacer.PayAsync(slice.Length, cancellationToken);
                // Counted before it is sent, so whoever has received the bytes finds them counted.
                delivered(slice.Length);
                await target.SendAsync(slice, cancellationToken);
            }
        }

        // The sender closed its side: pass the end of the stream on, after everything it sent.
        target.Shutdown(SocketShutdown.Send);
    }

    private readonly record struct Chunk(byte[] Bytes, int Count, long ArrivedAt);
}
