using System.Globalization;
using System.Text;
using Triage.Reports.Accuracy;
using Triage.Reports.Statistics;

namespace Triage.Reports.Export;

/// <summary>
/// The report as one long table (section, dimension, group, metric, value, interval, n, small) that any
/// spreadsheet pivots; every figure of the JSON is in it.
/// </summary>
public static class ReportCsv
{
    public const string Header = "section,dimension,group,metric,value,ci_lower,ci_upper,n,small_cell";

    public static string Write(TriageReport report)
    {
        var csv = new StringBuilder(Header).Append('\n');
        foreach (var caveat in report.Caveats)
        {
            Row(csv, "caveat", "", "", CsvCell.Quote(caveat), null, null, null, null);
        }

        Accuracy(csv, "overall", "all", report.Accuracy.Overall);
        foreach (var breakdown in report.Accuracy.Breakdowns)
        {
            foreach (var row in breakdown.Rows)
            {
                Accuracy(csv, breakdown.Dimension, row.Key, row.Accuracy);
            }
        }

        foreach (var view in report.Accuracy.RiskViews)
        {
            Row(csv, "risk", view.Scorer, "all", "auroc", view.Auroc, view.Auroc95, view.Cases, null);
            Row(csv, "risk", view.Scorer, "all", "brier", view.Brier, null, view.Cases, null);
            foreach (var bin in view.CalibrationTable)
            {
                Proportion(csv, "calibration", view.Scorer, $"decile {bin.Bin} (mean risk {bin.MeanPredicted.ToString("0.000", CultureInfo.InvariantCulture)})", "observed_rate", bin.Observed);
            }
        }

        foreach (var comparison in report.Accuracy.ModelComparisons)
        {
            Comparison(csv, comparison);
        }

        foreach (var point in report.Accuracy.UnderTriageTrend)
        {
            Proportion(csv, "trend", point.Key, point.Period, "under_triage", point.Rate);
        }

        var operations = report.Operations;
        foreach (var clinic in operations.Clinics)
        {
            Row(csv, "operations", "clinic", clinic.ClinicId, "cases", clinic.Cases, null, null, null);
            Row(csv, "operations", "clinic", clinic.ClinicId, "consults", clinic.Consults, null, null, null);
        }

        Row(csv, "operations", "consults", "all", "minutes_to_claim_median", operations.SubmissionToClaim.MedianMinutes, null, operations.SubmissionToClaim.Count, null);
        Row(csv, "operations", "consults", "all", "minutes_to_claim_p90", operations.SubmissionToClaim.P90Minutes, null, operations.SubmissionToClaim.Count, null);
        Row(csv, "operations", "consults", "all", "minutes_to_conclusion_median", operations.SubmissionToConclusion.MedianMinutes, null, operations.SubmissionToConclusion.Count, null);
        Row(csv, "operations", "consults", "all", "minutes_to_conclusion_p90", operations.SubmissionToConclusion.P90Minutes, null, operations.SubmissionToConclusion.Count, null);
        Row(csv, "operations", "consults", "all", "escalated", operations.Escalated, null, operations.Consults, null);
        Row(csv, "operations", "consults", "all", "unclaimed", operations.Unclaimed, null, operations.Consults, null);

        foreach (var district in report.Coverage)
        {
            Proportion(csv, "coverage", "district", district.DistrictId, "insured", district.Insured);
            Proportion(csv, "coverage", "district", district.DistrictId, "uninsured", district.Uninsured);
            Proportion(csv, "coverage", "district", district.DistrictId, "social_category_d_or_e", district.CategoryDOrE);
            Row(csv, "coverage", "district", district.DistrictId, "uninsured_planned_referrals", district.UninsuredPlannedReferrals, null, district.Triaged, null);
            Row(csv, "coverage", "district", district.DistrictId, "of_which_local_budget", district.CoveredByLocalBudget, null, district.Triaged, null);
        }

        return csv.ToString();
    }

    private static void Accuracy(StringBuilder csv, string dimension, string group, AccuracySummary summary, string section = "accuracy")
    {
        Proportion(csv, section, dimension, group, "exact_agreement", summary.ExactAgreement);
        Row(csv, section, dimension, group, "weighted_kappa", summary.WeightedKappa, summary.WeightedKappa95, summary.Concluded, summary.IsSmall);
        Proportion(csv, section, dimension, group, "under_triage", summary.UnderTriage);
        Proportion(csv, section, dimension, group, "over_triage", summary.OverTriage);
        Proportion(csv, section, dimension, group, "sensitivity_emergency", summary.EmergencySensitivity);
        Proportion(csv, section, dimension, group, "sensitivity_urgent_or_above", summary.UrgentOrAboveSensitivity);
    }

    /// <summary>
    /// Section model_comparison: dimension the candidate's version, group the side ("active (advice given): versions" or
    /// "shadow (candidate, not used for advice): version"), so each metric pivots into the two columns to compare.
    /// </summary>
    private static void Comparison(StringBuilder csv, ModelComparison comparison)
    {
        const string section = "model_comparison";
        foreach (var side in new[] { comparison.Active, comparison.Candidate })
        {
            var group = $"{side.Label}: {string.Join(" ", side.ModelVersions)}";
            Row(csv, section, comparison.CandidateVersion, group, "compared_cases", comparison.Compared, null, comparison.Concluded, side.Accuracy.IsSmall);
            Accuracy(csv, comparison.CandidateVersion, group, side.Accuracy, section);
            foreach (var view in side.RiskViews)
            {
                Row(csv, section, comparison.CandidateVersion, group, $"auroc_{view.Scorer}", view.Auroc, view.Auroc95, view.Cases, null);
                if (view.Brier is not null)
                {
                    Row(csv, section, comparison.CandidateVersion, group, $"brier_{view.Scorer}", view.Brier, null, view.Cases, null);
                }

                foreach (var bin in view.CalibrationTable)
                {
                    Row(csv, section, comparison.CandidateVersion, group, $"calibration_decile_{bin.Bin}_mean_risk", bin.MeanPredicted, null, bin.Count, null);
                    Proportion(csv, section, comparison.CandidateVersion, group, $"calibration_decile_{bin.Bin}_observed_rate", bin.Observed);
                }
            }
        }
    }

    private static void Proportion(StringBuilder csv, string section, string dimension, string group, string metric, Proportion share) =>
        Row(csv, section, dimension, group, metric, share.Value, share.Wilson95, share.Trials, share.IsSmall);

    private static void Row(StringBuilder csv, string section, string dimension, string group, string metric, double? value, Interval? interval, int? n, bool? small) =>
        csv.AppendJoin(',', section, CsvCell.Quote(dimension), CsvCell.Quote(group), metric, Number(value), Number(interval?.Lower), Number(interval?.Upper),
            n?.ToString(CultureInfo.InvariantCulture) ?? "", small is null ? "" : small.Value ? "true" : "false").Append('\n');

    private static string Number(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";
}
