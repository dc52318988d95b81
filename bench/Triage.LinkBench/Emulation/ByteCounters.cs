namespace Triage.LinkBench.Emulation;

/// <summary>Bytes delivered across the link each way, over all its connections.</summary>
public sealed class ByteCounters
{
    private long up;
    private long down;

    public long Up => Interlocked.Read(ref up);

    public long Down => Interlocked.Read(ref down);

    public LinkBytes Snapshot() => new(Up, Down);

    internal void AddUp(int count) => Interlocked.Add(ref up, count);

    internal void AddDown(int count) => Interlocked.Add(ref down, count);
}
