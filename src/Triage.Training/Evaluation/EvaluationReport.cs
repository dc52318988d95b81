using Triage.Reports.Statistics;
namespace Triage.Training.Evaluation;

/// <summary>Everything <c>evaluate</c> prints, as it writes it to JSON.</summary>
public sealed record EvaluationReport(
    string Data,
    string Model,
    int Cases,
    int SeriousOutcomes,
    int AdultCases,
    IReadOnlyList<SystemReport> Systems,
    IReadOnlyList<AgeGroupReport> AgeGroups,
    ReferralTradeOff TradeOff,
    IReadOnlyList<CalibrationBin> ModelCalibration,
    IReadOnlyList<TargetCheck> Targets);
