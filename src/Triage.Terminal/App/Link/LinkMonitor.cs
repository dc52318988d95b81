namespace Triage.Terminal.App.Link;

/// <summary>The latest word on the link to the gateway, as every call through it finds it.</summary>
public sealed class LinkMonitor(TimeProvider clock)
{
    private volatile LinkStatus status = new(LinkState.Unknown, null, null);

    public LinkStatus Status => status;

    public void Answered() => status = new(LinkState.Online, clock.GetUtcNow(), null);

    public void Unreachable(string detail) => status = status with { State = LinkState.Offline, Detail = detail };

    public void Refused(string detail) => status = status with { State = LinkState.Refused, Detail = detail };
}
