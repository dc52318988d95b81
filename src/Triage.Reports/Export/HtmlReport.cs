using System.Globalization;
using System.Net;
using System.Text;
using Triage.Engine.Localization;
using Triage.Reports.Accuracy;
using Triage.Reports.Charts;
using Triage.Reports.Statistics;

namespace Triage.Reports.Export;

/// <summary>
/// One self-contained English HTML file: caveats first, headline figures, the charts embedded, then every table. Build
/// the report in English for it, so its caveats match its headings.
/// </summary>
public static class HtmlReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Write(TriageReport report)
    {
        var html = new StringBuilder();
        var scope = report.Scope;
        var title = $"Triage accuracy report, {scope.FromUtc:yyyy-MM-dd} to {scope.ToUtc:yyyy-MM-dd}, {scope.RegionId ?? "all regions"}";
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(Encode(title)).Append("</title><style>")
            .Append("body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}table{border-collapse:collapse;margin:1em 0}")
            .Append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}")
            .Append(".small{color:#999}.caveat{background:#fff3cd;border:1px solid #e0b000;padding:.5em 1em}img{max-width:100%}")
            .Append("</style></head><body><h1>").Append(Encode(title)).Append("</h1>");
        foreach (var caveat in report.Caveats)
        {
            html.Append("<p class=\"caveat\">").Append(Encode(caveat)).Append("</p>");
        }

        var overall = report.Accuracy.Overall;
        html.Append($"<p>{report.Cases} cases triaged; {overall.Concluded} concluded by a specialist. Cells with fewer than {Proportion.SmallCell} cases are greyed: read them as indications, not measurements.</p>");
        html.Append("<h2>Advice against the specialists' decisions</h2>");
        AccuracyTable(html, "Overall", [new BreakdownRow("all", overall)]);
        html.Append("<h2>Risk against outcome (specialist decided EMERGENCY)</h2><table><tr><th>score</th><th>cases</th><th>outcomes</th><th>AUROC (95 % CI)</th><th>Brier</th></tr>");
        foreach (var view in report.Accuracy.RiskViews)
        {
            html.Append($"<tr><td>{Encode(view.Scorer)}</td><td>{view.Cases}</td><td>{view.Outcomes}</td><td>{Value(view.Auroc, view.Auroc95)}</td><td>{Number(view.Brier)}</td></tr>");
        }

        html.Append("</table>");
        foreach (var comparison in report.Accuracy.ModelComparisons)
        {
            Comparison(html, comparison);
        }

        html.Append("<h2>Charts</h2>");
        foreach (var name in ReportCharts.Names)
        {
            html.Append($"<figure><img alt=\"{name} chart\" data-chart=\"{name}\" src=\"data:image/png;base64,{Convert.ToBase64String(ReportCharts.Render(name, report, Languages.English))}\"></figure>");
        }

        foreach (var breakdown in report.Accuracy.Breakdowns)
        {
            html.Append("<h2>By ").Append(Encode(breakdown.Dimension.Replace('_', ' '))).Append("</h2>");
            AccuracyTable(html, breakdown.Dimension, breakdown.Rows);
        }

        Operations(html, report);
        Coverage(html, report);
        return html.Append("</body></html>").ToString();
    }

    private static void AccuracyTable(StringBuilder html, string dimension, IEnumerable<BreakdownRow> rows)
    {
        html.Append($"<table><tr><th>{Encode(dimension)}</th><th>concluded</th><th>exact agreement</th><th>weighted kappa</th><th>under-triage</th><th>over-triage</th><th>sensitivity EMERGENCY</th><th>sensitivity URGENT+</th></tr>");
        foreach (var row in rows)
        {
            var a = row.Accuracy;
            html.Append(a.IsSmall ? "<tr class=\"small\">" : "<tr>")
                .Append($"<td>{Encode(row.Key)}</td><td>{a.Concluded}</td><td>{Share(a.ExactAgreement)}</td><td>{Value(a.WeightedKappa, a.WeightedKappa95)}</td>")
                .Append($"<td>{Share(a.UnderTriage)}</td><td>{Share(a.OverTriage)}</td><td>{Share(a.EmergencySensitivity)}</td><td>{Share(a.UrgentOrAboveSensitivity)}</td></tr>");
        }

        html.Append("</table>");
    }

    /// <summary>The active advice and a candidate's shadow advice in two columns, metric by metric, then their calibration.</summary>
    private static void Comparison(StringBuilder html, ModelComparison comparison)
    {
        var (active, candidate) = (comparison.Active, comparison.Candidate);
        html.Append("<h2>Model comparison: ").Append(Encode(comparison.CandidateVersion)).Append(", ").Append(ModelComparisons.CandidateLabel).Append("</h2>")
            .Append($"<p>Measured on the {comparison.Compared} of {comparison.Concluded} concluded cases the candidate has scored; both columns count the same cases.</p>")
            .Append(comparison.Compared < Proportion.SmallCell ? "<table class=\"small\" data-comparison=\"" : "<table data-comparison=\"").Append(Encode(comparison.CandidateVersion)).Append("\">")
            .Append($"<tr><th>metric</th><th>{Side(active)}</th><th>{Side(candidate)}</th></tr>");
        void Metric(string name, Func<ModelPerformance, string> cell) => html.Append($"<tr><td>{name}</td><td>{cell(active)}</td><td>{cell(candidate)}</td></tr>");
        Metric("exact agreement", p => Share(p.Accuracy.ExactAgreement));
        Metric("weighted kappa", p => Value(p.Accuracy.WeightedKappa, p.Accuracy.WeightedKappa95));
        Metric("under-triage", p => Share(p.Accuracy.UnderTriage));
        Metric("over-triage", p => Share(p.Accuracy.OverTriage));
        Metric("sensitivity EMERGENCY", p => Share(p.Accuracy.EmergencySensitivity));
        Metric("sensitivity URGENT+", p => Share(p.Accuracy.UrgentOrAboveSensitivity));
        foreach (var scorer in active.RiskViews.Select(v => v.Scorer))
        {
            Metric($"AUROC, {Encode(scorer)}", p => Value(View(p, scorer).Auroc, View(p, scorer).Auroc95));
        }

        Metric("Brier, model", p => Number(View(p, "model").Brier));
        html.Append("</table><table><tr><th>calibration decile</th><th>").Append(Side(active)).Append(": mean risk, observed</th><th>")
            .Append(Side(candidate)).Append(": mean risk, observed</th></tr>");
        var (activeBins, candidateBins) = (Calibration(active), Calibration(candidate));
        foreach (var bin in activeBins.Keys.Union(candidateBins.Keys).Order())
        {
            html.Append($"<tr><td>{bin}</td><td>{Decile(activeBins.GetValueOrDefault(bin))}</td><td>{Decile(candidateBins.GetValueOrDefault(bin))}</td></tr>");
        }

        html.Append("</table>");
    }

    private static string Side(ModelPerformance side) => $"{Encode(side.Label)}<br><small>{Encode(string.Join(", ", side.ModelVersions))}</small>";

    private static RiskSummary View(ModelPerformance side, string scorer) => side.RiskViews.Single(v => v.Scorer == scorer);

    private static Dictionary<int, CalibrationBin> Calibration(ModelPerformance side) => View(side, "model").CalibrationTable.ToDictionary(b => b.Bin);

    private static string Decile(CalibrationBin? bin) => bin is null ? "–" : $"{Number(bin.MeanPredicted)}, {Share(bin.Observed)}";

    private static void Operations(StringBuilder html, TriageReport report)
    {
        var o = report.Operations;
        html.Append("<h2>Operations</h2><table><tr><th>consults</th><th>to claim, median / p90 (min)</th><th>to conclusion, median / p90 (min)</th><th>escalated</th><th>unclaimed</th></tr>")
            .Append($"<tr><td>{o.Consults}</td><td>{Number(o.SubmissionToClaim.MedianMinutes)} / {Number(o.SubmissionToClaim.P90Minutes)}</td>")
            .Append($"<td>{Number(o.SubmissionToConclusion.MedianMinutes)} / {Number(o.SubmissionToConclusion.P90Minutes)}</td><td>{o.Escalated}</td><td>{o.Unclaimed}</td></tr></table>")
            .Append("<table><tr><th>clinic</th><th>district</th><th>cases</th><th>consults</th></tr>");
        foreach (var clinic in o.Clinics)
        {
            html.Append($"<tr><td>{Encode(clinic.ClinicId)}</td><td>{Encode(clinic.DistrictId)}</td><td>{clinic.Cases}</td><td>{clinic.Consults}</td></tr>");
        }

        html.Append("</table>");
    }

    private static void Coverage(StringBuilder html, TriageReport report)
    {
        html.Append("<h2>Coverage</h2><table><tr><th>district</th><th>triaged</th><th>insured</th><th>uninsured</th><th>category D or E</th><th>uninsured advised planned care</th><th>of them, local budget</th></tr>");
        foreach (var d in report.Coverage)
        {
            html.Append($"<tr><td>{Encode(d.DistrictId)}</td><td>{d.Triaged}</td><td>{Share(d.Insured)}</td><td>{Share(d.Uninsured)}</td><td>{Share(d.CategoryDOrE)}</td><td>{d.UninsuredPlannedReferrals}</td><td>{d.CoveredByLocalBudget}</td></tr>");
        }

        html.Append("</table>");
    }

    private static string Share(Proportion share) =>
        share.Value is { } value
            ? string.Create(Invariant, $"{value * 100:0.0} % ({share.Wilson95!.Lower * 100:0.0}–{share.Wilson95.Upper * 100:0.0}) <small>{share.Successes}/{share.Trials}</small>")
            : "–";

    private static string Value(double? value, Interval? interval) =>
        value is null ? "–" : interval is null ? Number(value) : $"{Number(value)} ({Number(interval.Lower)}–{Number(interval.Upper)})";

    private static string Number(double? value) => value?.ToString("0.000", Invariant) ?? "–";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
