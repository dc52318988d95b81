using Triage.Reports.Statistics;

namespace Triage.Reports.Accuracy;

/// <summary>
/// How one score (the model's risk, the rules' level or the combined advice) ranks and, where it is a
/// probability, calibrates against the outcome. Brier and calibration are null for scores that are not probabilities.
/// </summary>
public sealed record RiskSummary(
    string Scorer,
    int Cases,
    int Outcomes,
    double? Auroc,
    Interval? Auroc95,
    double? Brier,
    IReadOnlyList<CalibrationBin> CalibrationTable,
    IReadOnlyList<RocPoint> RocCurve);
