using System.Globalization;
using Triage.Cohort;

namespace Triage.Training.Cohort;

/// <summary>Where the labelled cases came from, as the manifest and the reports describe it.</summary>
/// <param name="CalibrationCheck">For the synthetic cohort, NEWS2's AUROC against the published figure.</param>
public sealed record DataSource(bool Synthetic, string Name, string Description, string CalibrationCheck)
{
    public static DataSource Generated(int seed, int count, CohortSummary summary) => new(
        true,
        FormattableString.Invariant($"Triage.Cohort synthetic cohort generator, seed {seed}, {count} cases"),
        "SYNTHETIC cohort from the seeded generator in Triage.Cohort (docs/model.md): health-post visits of all ages with pregnancy, " +
        "chronic conditions and 14 disease archetypes, measurement noise and missing values; the outcome is drawn from a latent severity, " +
        "not from NEWS2 or the rules. No real patient data.",
        string.Format(CultureInfo.InvariantCulture, "NEWS2 AUROC {0:F3} on adults with complete observations (n = {1:N0}) against the published {2:F3} ± {3:F2} ({4}): {5}.",
            summary.News2AurocCompleteAdults, summary.CompleteAdultRows, CalibrationTarget.PublishedNews2Auroc, CalibrationTarget.Tolerance, CalibrationTarget.Citation,
            summary.MeetsCalibrationTarget ? "met" : "MISSED"));

    public static DataSource File(string path) => new(
        false,
        Path.GetFileName(path),
        $"Labelled cases read from {Path.GetFileName(path)} (schema in docs/model.md).",
        "not applicable (real data).");
}
