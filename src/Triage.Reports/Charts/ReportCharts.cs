using ScottPlot;
using Triage.Reports.Accuracy;
using Triage.Reports.Cases;

namespace Triage.Reports.Charts;

/// <summary>The report's charts, rendered on the server as PNG so any browser or e-mail client shows them.</summary>
public static class ReportCharts
{
    private const int Width = 640;
    private const int Height = 480;

    public static IReadOnlyList<string> Names => ["confusion", "calibration", "roc", "under-triage"];

    public static byte[] Render(string name, TriageReport report) => name switch
    {
        "confusion" => Png(ConfusionHeatmap(report.Accuracy.Overall)),
        "calibration" => Png(CalibrationCurve(report.Accuracy.RiskViews.Single(v => v.Scorer == "model"))),
        "roc" => Png(Roc(report.Accuracy.RiskViews)),
        "under-triage" => Png(UnderTriageTrend(report.Accuracy.UnderTriageTrend)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, $"Charts are {string.Join(", ", Names)}."),
    };

    private static Plot ConfusionHeatmap(AccuracySummary overall)
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
        string[] labels = ["Treat locally", "Routine", "Urgent", "Emergency"];
        plot.Axes.Bottom.SetTicks(positions, labels);
        plot.Axes.Left.SetTicks(positions, labels);
        plot.Axes.SetLimits(-0.5, k - 0.5, -0.5, k - 0.5);
        plot.XLabel("Specialist's final level");
        plot.YLabel("Engine's advice");
        plot.Title($"Advice against decision, n = {overall.Concluded}");
        return plot;
    }

    private static Plot CalibrationCurve(RiskSummary model)
    {
        var plot = new Plot();
        var diagonal = plot.Add.Line(0, 0, 1, 1);
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.LegendText = "perfect calibration";
        var bins = model.CalibrationTable;
        var observed = plot.Add.Scatter(bins.Select(b => b.MeanPredicted).ToArray(), bins.Select(b => b.Observed.Value ?? 0).ToArray());
        observed.LegendText = "model, deciles of predicted risk";
        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.XLabel("Predicted risk");
        plot.YLabel("Observed share decided EMERGENCY");
        plot.Title("Calibration of the model's risk");
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    private static Plot Roc(IReadOnlyList<RiskSummary> views)
    {
        var plot = new Plot();
        var chance = plot.Add.Line(0, 0, 1, 1);
        chance.LinePattern = LinePattern.Dashed;
        chance.LegendText = "chance";
        foreach (var view in views.Where(v => v.Auroc is not null))
        {
            var curve = plot.Add.Scatter(view.RocCurve.Select(p => p.FalsePositiveRate).ToArray(), view.RocCurve.Select(p => p.TruePositiveRate).ToArray());
            curve.MarkerSize = 0;
            curve.LegendText = $"{view.Scorer} (AUROC {view.Auroc:0.000})";
        }

        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.XLabel("1 − specificity");
        plot.YLabel("Sensitivity for EMERGENCY");
        plot.Title("ROC: rules, model and combined advice");
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    private static Plot UnderTriageTrend(IReadOnlyList<TrendPoint> trend)
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
        plot.XLabel("Month");
        plot.YLabel("Under-triaged, % of concluded");
        plot.Title("Under-triage by district over time");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    private static byte[] Png(Plot plot) => plot.GetImageBytes(Width, Height, ImageFormat.Png);
}
