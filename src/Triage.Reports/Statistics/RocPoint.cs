namespace Triage.Reports.Statistics;

public sealed record RocPoint(double FalsePositiveRate, double TruePositiveRate);
