using System.Globalization;
using Triage.Cohort;

namespace Triage.Training.Cohort;

/// <summary>Where the labelled visits came from, as the manifest, the model card and the reports describe it.</summary>
/// <param name="Outcome">What counts as a serious outcome in this data.</param>
/// <param name="CalibrationCheck">For the synthetic cohort, NEWS2's AUROC against the published figure.</param>
public sealed record DataSource(bool Synthetic, string Name, string Description, string Outcome, string CalibrationCheck)
{
    public const string NhamcsCitation =
        "National Center for Health Statistics. National Hospital Ambulatory Medical Care Survey, 2010 Emergency Department public-use file";

    public static DataSource Generated(int seed, int count, CohortSummary summary) => new(
        true,
        FormattableString.Invariant($"Triage.Cohort synthetic cohort generator, seed {seed}, {count} cases"),
        "SYNTHETIC cohort from the seeded generator in Triage.Cohort (docs/model.md): health-post visits of all ages with pregnancy, " +
        "chronic conditions and 14 disease archetypes, measurement noise and missing values; the outcome is drawn from a latent severity, " +
        "not from NEWS2 or the rules. No real patient data.",
        "death, ICU admission or emergency transfer within 48 h (synthetic)",
        string.Format(CultureInfo.InvariantCulture, "NEWS2 AUROC {0:F3} on adults with complete observations (n = {1:N0}) against the published {2:F3} ± {3:F2} ({4}): {5}.",
            summary.News2AurocCompleteAdults, summary.CompleteAdultRows, CalibrationTarget.PublishedNews2Auroc, CalibrationTarget.Tolerance, CalibrationTarget.Citation,
            summary.MeetsCalibrationTarget ? "met" : "MISSED"));

    public static DataSource Nhamcs(int visits, int hospitals) => new(
        false,
        "NHAMCS 2010 emergency department public-use file",
        FormattableString.Invariant($"Real emergency-department visits: {NhamcsCitation} (US, all ages; {visits:N0} visits that reached triage alive, from {hospitals} hospitals). ") +
        "Vital signs, pain and GCS as taken at triage; reasons for visit mapped to symptom codes by the reviewed table data/nhamcs-ed-2010/rfv-symptoms.csv; " +
        "pregnancy only where a reason for visit says so (2010 has no pregnancy field). Used under the file's terms: statistical analysis only, no re-identification, no linkage.",
        "death in the emergency department or in hospital, or admission to a critical care unit",
        "not applicable (real data).");

    public static DataSource File(string path) => new(
        false,
        Path.GetFileName(path),
        $"Labelled cases read from {Path.GetFileName(path)} (schema in docs/model.md).",
        "as labelled in the file",
        "not applicable (real data).");
}
