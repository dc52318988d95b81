using System.Diagnostics;

namespace Triage.LinkBench.Emulation;

/// <summary>
/// A token bucket for one direction of the link, shared by every connection on it. Tokens (bytes) flow in at the
/// link's rate; a slice may go once the bucket has paid for all of it, as its last bit has then crossed the link.
/// The bucket holds no burst: an idle link does not let the next message through faster than its rate.
/// </summary>
internal sealed class BandwidthPacer(double bytesPerSecond)
{
    private readonly Lock gate = new();
    private long paidUntil = Stopwatch.GetTimestamp();

    /// <summary>Waits until <paramref name="count"/> bytes have had the time to cross at the link's rate.</summary>
    public Task PayAsync(int count, CancellationToken cancellationToken)
    {
        long due;
        lock (gate)
        {
            // The link was idle until now if it had nothing to send: idle time is lost, never saved up.
            paidUntil = Math.Max(paidUntil, Stopwatch.GetTimestamp()) + (long)(count / bytesPerSecond * Stopwatch.Frequency);
            due = paidUntil;
        }

        return Clock.WaitUntilAsync(due, cancellationToken);
    }
}
