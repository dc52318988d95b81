using Triage.LinkBench.Emulation;

namespace Triage.LinkBench;

/// <summary>A scenario's trials with and without the link, reduced to the figures the tables print.</summary>
/// <param name="Limit">The link's limit for a trial's bytes (wire bytes, or payload bytes only).</param>
internal sealed record ScenarioResult(string Name, IReadOnlyList<Trial> Direct, IReadOnlyList<Trial> Linked, Func<LinkBytes, TimeSpan> Limit)
{
    public TimeSpan DirectMedian => Median(Direct.Select(t => t.Elapsed));

    public TimeSpan LinkedMedian => Median(Linked.Select(t => t.Elapsed));

    /// <summary>The limit for the median trial's own bytes on the wire.</summary>
    public TimeSpan WireLimit => Limit(MedianTrial.Wire);

    /// <summary>The limit if only the protobuf messages crossed: no headers, framing, token or connection set-up bytes.</summary>
    public TimeSpan PayloadLimit => Limit(MedianTrial.Payload);

    /// <summary>Mean bytes per case on the wire, over every trial over the link.</summary>
    public LinkBytes WirePerCase => PerCase(t => t.Wire);

    public LinkBytes PayloadPerCase => PerCase(t => t.Payload);

    private Trial MedianTrial => Linked.OrderBy(t => t.Elapsed).ElementAt(Linked.Count / 2);

    private LinkBytes PerCase(Func<Trial, LinkBytes> pick) =>
        new LinkBytes(Linked.Sum(t => pick(t).Up), Linked.Sum(t => pick(t).Down)).PerItem(Linked.Sum(t => t.Cases));

    private static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
