namespace Triage.Terminal.Link;

/// <summary>How patiently the terminal waits out a broken link: exponential backoff with jitter between tries.</summary>
public sealed record RetrySettings(int MaxRetries, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    public static RetrySettings Default { get; } = new(8, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(15));
}
