namespace Triage.Engine.Wire;

/// <summary>An inclusive range as a page reads it.</summary>
public sealed record RangeView(double Min, double Max)
{
    public static RangeView? Of(AllowedRange? range) => range is null ? null : new(range.Min, range.Max);
}
