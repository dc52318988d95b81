using System.Globalization;

namespace Triage.Training.Evaluation;

/// <summary>How many of a group of vignettes met a condition.</summary>
public sealed record VignetteShare(int Count, int Of)
{
    /// <summary>0 for an empty group, which <see cref="ToString"/> shows as a dash rather than a figure.</summary>
    public double Value => Of == 0 ? 0 : (double)Count / Of;

    public override string ToString() =>
        Of == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{Count}/{Of} ({Value * 100:0} %)");

    public static VignetteShare Among<T>(IEnumerable<T> group, Func<T, bool> condition)
    {
        var items = group.ToList();
        return new VignetteShare(items.Count(condition), items.Count);
    }
}
