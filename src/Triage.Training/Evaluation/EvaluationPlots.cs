using Triage.Reports.Cases;
using ScottPlot;

namespace Triage.Training.Evaluation;

/// <summary>ROC curves of every decision-maker and the model's calibration, side by side in one PNG.</summary>
public static class EvaluationPlots
{
    public static void Write(string path, IReadOnlyList<ScoredCase> scored, EvaluationReport report, string dataLabel)
    {
        // A multiplot starts with one plot of its own: that one is the ROC panel.
        var multiplot = new Multiplot();
        var roc = multiplot.GetPlot(0);
        roc.Title($"ROC on held-out {dataLabel} visits");
        roc.XLabel("1 − specificity");
        roc.YLabel("sensitivity");
        var adults = scored.Where(s => s.News2Total is not null).ToList();
        var triaged = scored.Where(s => s.NurseImmediacy is not null).ToList();
        if (triaged.Count > 0)
        {
            AddRoc(roc, "triage nurses", triaged.Select(s => -(double)s.NurseImmediacy!.Value).ToList(), triaged);
        }

        AddRoc(roc, "rules alone", scored.Select(s => (double)s.RuleLevel).ToList(), scored);
        AddRoc(roc, "NEWS2 alone (adults)", adults.Select(s => (double)s.News2Total!.Value).ToList(), adults);
        AddRoc(roc, "model alone", scored.Select(s => s.Risk).ToList(), scored);
        AddRoc(roc, "hybrid", scored.Select(s => LevelIndex.RankingScore(s.HybridLevel, s.Risk)).ToList(), scored);
        var chance = roc.Add.Line(0, 0, 1, 1);
        chance.LinePattern = LinePattern.Dashed;
        chance.Color = Colors.Gray;
        roc.ShowLegend(Alignment.LowerRight);

        var calibration = new Plot();
        calibration.Title($"Model calibration ({dataLabel}), tenths of risk");
        calibration.XLabel("mean predicted risk");
        calibration.YLabel("observed serious outcomes");
        var bins = report.ModelCalibration;
        var points = calibration.Add.Scatter(bins.Select(b => b.MeanPredicted).ToArray(), bins.Select(b => b.Observed.Value ?? 0).ToArray());
        points.LegendText = "model";
        var max = Math.Max(bins.Max(b => b.MeanPredicted), bins.Max(b => b.Observed.Value ?? 0));
        var ideal = calibration.Add.Line(0, 0, max, max);
        ideal.LinePattern = LinePattern.Dashed;
        ideal.Color = Colors.Gray;
        ideal.LegendText = "perfect calibration";
        calibration.ShowLegend(Alignment.UpperLeft);

        multiplot.AddPlot(calibration);
        multiplot.AddPlot(TradeOff(report.TradeOff));
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();
        multiplot.SavePng(path, 2100, 700);
    }

    /// <summary>The referral budget's price: serious outcomes caught against referrals per 100 visits, with the operating points served.</summary>
    private static Plot TradeOff(ReferralTradeOff tradeOff)
    {
        var plot = new Plot();
        plot.Title("Referrals per 100 visits against serious outcomes caught");
        plot.XLabel("sent URGENT_REFERRAL or above, per 100 visits");
        plot.YLabel("serious outcomes caught");
        var curve = plot.Add.ScatterLine(
            tradeOff.ModelCurve.Select(p => p.ReferralsPer100).Prepend(0).ToArray(),
            tradeOff.ModelCurve.Select(p => p.Sensitivity).Prepend(0).ToArray());
        curve.LegendText = "model alone, by budget";
        foreach (var point in tradeOff.OperatingPoints)
        {
            var marker = plot.Add.Marker(point.ReferralsPer100, point.Sensitivity, MarkerShape.FilledCircle, 10);
            marker.LegendText = point.Name;
        }

        plot.Axes.SetLimits(0, Math.Max(30, tradeOff.OperatingPoints.Max(p => p.ReferralsPer100)) * 1.05, 0, 1);
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    private static void AddRoc(Plot plot, string name, IReadOnlyList<double> scores, IReadOnlyList<ScoredCase> cases)
    {
        var positives = cases.Count(c => c.Serious);
        var negatives = cases.Count - positives;
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var xs = new List<double> { 0 };
        var ys = new List<double> { 0 };
        double tp = 0, fp = 0;
        for (var k = 0; k < order.Length; k++)
        {
            if (cases[order[k]].Serious)
            {
                tp++;
            }
            else
            {
                fp++;
            }

            // One point per distinct score: ties move the curve diagonally, as AUROC counts them.
            if (k == order.Length - 1 || scores[order[k + 1]] != scores[order[k]])
            {
                xs.Add(fp / negatives);
                ys.Add(tp / positives);
            }
        }

        var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray());
        line.LegendText = name;
    }
}
