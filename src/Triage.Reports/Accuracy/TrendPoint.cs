using Triage.Reports.Statistics;

namespace Triage.Reports.Accuracy;

/// <summary>One district's under-triage rate in one month.</summary>
public sealed record TrendPoint(string Key, string Period, Proportion Rate);
