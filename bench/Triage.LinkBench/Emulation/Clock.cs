using System.Diagnostics;

namespace Triage.LinkBench.Emulation;

/// <summary>Waits against <see cref="Stopwatch"/> timestamps, so that a late timer never shifts what comes after it.</summary>
internal static class Clock
{
    public static long After(long timestamp, TimeSpan delay) => timestamp + (long)(delay.TotalSeconds * Stopwatch.Frequency);

    public static Task WaitUntilAsync(long timestamp, CancellationToken cancellationToken)
    {
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        // Timers count whole milliseconds and truncate: round up, or a wait would end before its time.
        return wait > TimeSpan.Zero ? Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), cancellationToken) : Task.CompletedTask;
    }
}
