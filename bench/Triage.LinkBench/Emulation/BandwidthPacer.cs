using System.Diagnostics;

namespace Triage.LinkBench.Emulation;

/// <summary>
/// A token bucket for one direction of the link, shared by every connection on it. Tokens (bytes) flow in at the
/// link's rate; a slice may go once the bucket has paid for all of it, as its last bit has then crossed the link.
/// The bucket holds no burst: an idle link does not let the next message through faster than its rate.
/// </summary>
internal sealed class BandwidthPacer(double bytesPerSecond)
{
    // A wait that ends late (timers are coarse, the machine is busy) is not idle time: the link was sending all
    // along, and the slices after it catch up. Only a longer gap means the link had nothing to send.
    private static readonly long IdleGap = Stopwatch.Frequency / 50;

    private readonly Lock gate = new();
    private long paidUntil = long.MinValue / 2;

    /// <summary>Waits until <paramref name="count"/> bytes have had the time to cross at the link's rate.</summary>
    public Task PayAsync(int count, CancellationToken cancellationToken)
    {
        long due;
        lock (gate)
        {
            var now = Stopwatch.GetTimestamp();
            // After idle time the slice starts now: idle time is lost, never saved up.
            paidUntil = (now - paidUntil > IdleGap ? now : paidUntil) + (long)(count / bytesPerSecond * Stopwatch.Frequency);
            due = paidUntil;
        }

        return Clock.WaitUntilAsync(due, cancellationToken);
    }
}
