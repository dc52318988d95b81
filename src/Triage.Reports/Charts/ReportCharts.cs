using ScottPlot;
using Triage.Engine;
using Triage.Reports.Accuracy;
using Triage.Reports.Cases;
using Triage.Reports.Localization;
using Triage.Contracts;

namespace Triage.Reports.Charts;

/// <summary>
/// The report's charts, rendered on the server as PNG so any browser or e-mail client shows them, with their titles,
/// axes and legends in the reader's language.
/// </summary>
public static class ReportCharts
{
    private const int Width = 640;
    private const int Height = 480;

    public static IReadOnlyList<string> Names => ["confusion", "calibration", "roc", "under-triage"];

    public static byte[] Render(string name, TriageReport report, string language) =>
        Plot(name, report, language).GetImageBytes(Width, Height, ImageFormat.Png);

    /// <summary>The chart before it is drawn, e.g. to read its axes.</summary>
    public static Plot Plot(string name, TriageReport report, string language)
    {
        var plot = name switch
        {
            "confusion" => ConfusionHeatmap(report.Accuracy.Overall, language),
            "calibration" => CalibrationCurve(report.Accuracy.RiskViews.Single(v => v.Scorer == "model"), language),
            "roc" => Roc(report.Accuracy.RiskViews, language),
            "under-triage" => UnderTriageTrend(report.Accuracy.UnderTriageTrend, language),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, $"Charts are {string.Join(", ", Names)}."),
        };

        // The default typeface may lack Cyrillic letters: pick, per label, one that has them.
        plot.Font.Automatic();
        return plot;
    }

    private static Plot ConfusionHeatmap(AccuracySummary overall, string language)
    {
        var plot = new Plot();
        var k = LevelIndex.Count;
        var largest = Math.Max(1, Enumerable.Range(0, k * k).Max(i => overall.Matrix[i / k, i % k]));
        for (var advised = 0; advised < k; advised++)
        {
            for (var decided = 0; decided < k; decided++)
            {
                var count = overall.Matrix[advised, decided];
                var shade = (double)count / largest;
                var cell = plot.Add.Rectangle(decided - 0.5, decided + 0.5, advised - 0.5, advised + 0.5);
                cell.FillStyle.Color = new Color((byte)(255 - 222 * shade), (byte)(255 - 153 * shade), (byte)(255 - 75 * shade));
                cell.LineStyle.Color = Colors.White;
                var label = plot.Add.Text(count.ToString(System.Globalization.CultureInfo.InvariantCulture), decided, advised);
                label.LabelFontColor = shade > 0.5 ? Colors.White : Colors.Black;
                label.LabelFontSize = 16;
                label.LabelAlignment = Alignment.MiddleCenter;
            }
        }

        var positions = Enumerable.Range(0, k).Select(i => (double)i).ToArray();
        var labels = LevelIndex.Levels.Select(level => ReportTexts.Get($"Chart_Level_{WireName.Of(level)}", language)).ToArray();
        plot.Axes.Bottom.SetTicks(positions, labels);
        plot.Axes.Left.SetTicks(positions, labels);
        plot.Axes.SetLimits(-0.5, k - 0.5, -0.5, k - 0.5);
        plot.XLabel(ReportTexts.Get("Chart_Confusion_X", language));
        plot.YLabel(ReportTexts.Get("Chart_Confusion_Y", language));
        plot.Title(ReportTexts.Get("Chart_Confusion_Title", language, overall.Concluded));
        return plot;
    }

    /// <summary>Axes span the data, not 0–1: a model whose risks all lie under 0.2 would otherwise be a dot in a corner.</summary>
    private static Plot CalibrationCurve(RiskSummary model, string language)
    {
        var plot = new Plot();
        var bins = model.CalibrationTable.Where(b => b.Count > 0).ToList();
        var right = UpperLimit(bins.Select(b => b.MeanPredicted));
        var top = UpperLimit(bins.Select(b => b.Observed.Value ?? 0));
        var diagonal = plot.Add.Line(0, 0, Math.Min(right, top), Math.Min(right, top));
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.LegendText = ReportTexts.Get("Chart_Calibration_Perfect", language);
        var observed = plot.Add.Scatter(bins.Select(b => b.MeanPredicted).ToArray(), bins.Select(b => b.Observed.Value ?? 0).ToArray());
        observed.LegendText = ReportTexts.Get("Chart_Calibration_Model", language);
        plot.Axes.SetLimits(0, right, 0, top);
        plot.XLabel(ReportTexts.Get("Chart_Calibration_X", language));
        plot.YLabel(ReportTexts.Get("Chart_Calibration_Y", language));
        plot.Title(ReportTexts.Get("Chart_Calibration_Title", language));
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    /// <summary>The largest value with a tenth of headroom, rounded up to a readable tick (0.05 steps, 0.1 above 0.5), at most 1.</summary>
    private static double UpperLimit(IEnumerable<double> values)
    {
        var largest = values.DefaultIfEmpty(0).Max() * 1.1;
        var step = largest > 0.5 ? 0.1 : 0.05;
        return Math.Clamp(Math.Ceiling(Math.Round(largest / step, 6)) * step, step, 1);
    }

    private static Plot Roc(IReadOnlyList<RiskSummary> views, string language)
    {
        var plot = new Plot();
        var chance = plot.Add.Line(0, 0, 1, 1);
        chance.LinePattern = LinePattern.Dashed;
        chance.LegendText = ReportTexts.Get("Chart_Roc_Chance", language);
        foreach (var view in views.Where(v => v.Auroc is not null))
        {
            var curve = plot.Add.Scatter(view.RocCurve.Select(p => p.FalsePositiveRate).ToArray(), view.RocCurve.Select(p => p.TruePositiveRate).ToArray());
            curve.MarkerSize = 0;
            curve.LegendText = ReportTexts.Get("Chart_Roc_Curve", language, ReportTexts.Get($"Chart_Scorer_{view.Scorer}", language), view.Auroc!.Value);
        }

        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.XLabel(ReportTexts.Get("Chart_Roc_X", language));
        plot.YLabel(ReportTexts.Get("Chart_Roc_Y", language));
        plot.Title(ReportTexts.Get("Chart_Roc_Title", language));
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    private static Plot UnderTriageTrend(IReadOnlyList<TrendPoint> trend, string language)
    {
        var plot = new Plot();
        var periods = trend.Select(p => p.Period).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var district in trend.GroupBy(p => p.Key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var points = district.Where(p => p.Rate.Value is not null).OrderBy(p => p.Period, StringComparer.Ordinal).ToList();
            var line = plot.Add.Scatter(points.Select(p => (double)periods.IndexOf(p.Period)).ToArray(), points.Select(p => p.Rate.Value!.Value * 100).ToArray());
            line.LegendText = district.Key;
        }

        plot.Axes.Bottom.SetTicks(periods.Select((_, i) => (double)i).ToArray(), [.. periods]);
        plot.Axes.SetLimitsY(0, 100);
        plot.XLabel(ReportTexts.Get("Chart_UnderTriage_X", language));
        plot.YLabel(ReportTexts.Get("Chart_UnderTriage_Y", language));
        plot.Title(ReportTexts.Get("Chart_UnderTriage_Title", language));
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }
}
