using Triage.Reports.Statistics;

namespace Triage.Reports.Accuracy;

/// <summary>The engine's advice against specialists' final decisions for one set of concluded cases.</summary>
public sealed record AccuracySummary(
    int Concluded,
    ConfusionMatrix Matrix,
    Proportion ExactAgreement,
    double? WeightedKappa,
    Interval? WeightedKappa95,
    Proportion UnderTriage,
    Proportion OverTriage,
    Proportion EmergencySensitivity,
    Proportion UrgentOrAboveSensitivity)
{
    /// <summary>Too few cases for the figures to be read as precise.</summary>
    public bool IsSmall => Concluded < Proportion.SmallCell;
}
