namespace Triage.LinkBench.Emulation;

/// <summary>A reading of <see cref="ByteCounters"/>; the difference of two readings is what crossed in between.</summary>
public readonly record struct LinkBytes(long Up, long Down)
{
    public static LinkBytes operator -(LinkBytes after, LinkBytes before) => new(after.Up - before.Up, after.Down - before.Down);

    public LinkBytes PerItem(int count) => new(Up / count, Down / count);
}
