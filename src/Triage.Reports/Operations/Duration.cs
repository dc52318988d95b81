namespace Triage.Reports.Operations;

/// <summary>Median and 90th centile of a waiting time, in minutes, over <paramref name="Count"/> consults.</summary>
public sealed record Duration(int Count, double? MedianMinutes, double? P90Minutes);
