namespace Triage.Reports.Statistics;

/// <param name="Bin">1 for the lowest predicted risks.</param>
public sealed record CalibrationBin(int Bin, int Count, double MeanPredicted, Proportion Observed);
