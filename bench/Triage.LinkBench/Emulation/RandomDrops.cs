namespace Triage.LinkBench.Emulation;

/// <summary>Drops the link at random moments, at a given chance per second, checked ten times a second.</summary>
internal sealed class RandomDrops(double perSecond, int seed, Action drop)
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        using var timer = new PeriodicTimer(Tick);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                if (random.NextDouble() < perSecond * Tick.TotalSeconds)
                {
                    drop();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The link is shutting down.
        }
    }
}
