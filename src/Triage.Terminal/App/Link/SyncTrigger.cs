namespace Triage.Terminal.App.Link;

/// <summary>Wakes the background sync early: a case was just queued, or the feldsher pressed "sync now".</summary>
public sealed class SyncTrigger
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Pull()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already pulled and not yet taken: one wake-up is enough.
        }
    }

    /// <summary>Waits for a pull or for <paramref name="interval"/>, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan interval, CancellationToken cancellationToken) => signal.WaitAsync(interval, cancellationToken);
}
