using Triage.LinkBench.Emulation;

namespace Triage.LinkBench;

/// <summary>The fastest the link itself allows: what no protocol over it can beat.</summary>
internal static class LinkLimit
{
    /// <summary>One request, then its answer: a round trip, and each way's bytes at that way's rate.</summary>
    public static TimeSpan Exchange(LinkSettings link, LinkBytes bytes) =>
        link.RoundTrip + TimeSpan.FromSeconds(bytes.Up / link.UpBytesPerSecond + bytes.Down / link.DownBytesPerSecond);

    /// <summary>A stream of requests answered as they arrive: a round trip, and the busier way's bytes at its rate.</summary>
    public static TimeSpan Stream(LinkSettings link, LinkBytes bytes) =>
        link.RoundTrip + TimeSpan.FromSeconds(Math.Max(bytes.Up / link.UpBytesPerSecond, bytes.Down / link.DownBytesPerSecond));
}
