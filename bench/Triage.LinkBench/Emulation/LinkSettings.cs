namespace Triage.LinkBench.Emulation;

/// <summary>What the emulated link does to the bytes crossing it.</summary>
/// <param name="RoundTrip">Added to every exchange: half on the way up, half on the way down.</param>
/// <param name="UpKbps">Terminal to gateway, in kilobits (1,000 bits) per second.</param>
/// <param name="DownKbps">Gateway to terminal, in kilobits per second.</param>
/// <param name="DropsPerSecond">Chance per second that the link drops every connection crossing it; 0 never.</param>
/// <param name="Seed">Seeds the drops, so a run with drops can be repeated.</param>
public sealed record LinkSettings(TimeSpan RoundTrip, double UpKbps, double DownKbps, double DropsPerSecond = 0, int Seed = 1)
{
    /// <summary>A health post on 2G/EDGE at the good end of what the issue names.</summary>
    public static LinkSettings Edge { get; } = new(TimeSpan.FromMilliseconds(300), 100, 200);

    public TimeSpan OneWay => RoundTrip / 2;

    public double UpBytesPerSecond => UpKbps * 1000 / 8;

    public double DownBytesPerSecond => DownKbps * 1000 / 8;

    public override string ToString() =>
        $"round trip {RoundTrip.TotalMilliseconds:0} ms, up {UpKbps:0.#} kbit/s, down {DownKbps:0.#} kbit/s" +
        (DropsPerSecond > 0 ? $", drops {DropsPerSecond * 60:0.##}/min" : "");
}
