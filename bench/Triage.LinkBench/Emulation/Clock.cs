using System.Diagnostics;

namespace Triage.LinkBench.Emulation;

/// <summary>Waits against <see cref="Stopwatch"/> timestamps, so that a late timer never shifts what comes after it.</summary>
internal static class Clock
{
    public static long After(long timestamp, TimeSpan delay) => timestamp + (long)(delay.TotalSeconds * Stopwatch.Frequency);

    public static async Task WaitUntilAsync(long timestamp, CancellationToken cancellationToken)
    {
        // Timers count whole milliseconds on a coarse clock and can end a little before their time: wait again until
        // the moment has come, so no byte ever arrives early.
        while (Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp) is var wait && wait > TimeSpan.Zero)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), cancellationToken);
        }
    }
}
