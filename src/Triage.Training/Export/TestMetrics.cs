using Triage.Reports.Statistics;
using Triage.Contracts.V1;
using Triage.Engine.Model;
using Triage.Training.Evaluation;

namespace Triage.Training.Export;

/// <summary>The model's own figures on the held-out test split, as the manifest and the model card report them.</summary>
public sealed record TestMetrics(int Rows, int SeriousOutcomes, Estimate Auroc, double Brier, LevelMetrics Levels)
{
    public static TestMetrics Of(IReadOnlyList<float> risks, IReadOnlyList<bool> serious, LevelThresholds thresholds, int seed)
    {
        var scored = risks.Select((r, i) => new ScoredOutcome(r, serious[i])).ToList();
        return new TestMetrics(
            risks.Count,
            serious.Count(s => s),
            Estimate.Auroc(scored, seed) ?? throw new InvalidOperationException("The test split needs serious outcomes and others to measure the model."),
            Calibration.Brier(scored)!.Value,
            LevelMetrics.Of(risks.Select(r => thresholds.LevelFor(r)).ToList(), serious));
    }

    public IReadOnlyDictionary<string, double> ToManifest()
    {
        var metrics = new Dictionary<string, double>
        {
            ["test_rows"] = Rows,
            ["test_serious_outcomes"] = SeriousOutcomes,
            ["test_auroc"] = Math.Round(Auroc.Value, 4),
            ["test_auroc_ci95_low"] = Math.Round(Auroc.Low, 4),
            ["test_auroc_ci95_high"] = Math.Round(Auroc.High, 4),
            ["test_brier"] = Math.Round(Brier, 5),
        };
        foreach (var (level, value) in Levels.Sensitivity)
        {
            metrics[$"test_sensitivity_{level.ToLowerInvariant()}"] = Math.Round(value, 4);
        }

        foreach (var (level, value) in Levels.Specificity)
        {
            metrics[$"test_specificity_{level.ToLowerInvariant()}"] = Math.Round(value, 4);
        }

        metrics["test_under_triage"] = Math.Round(Levels.UnderTriage, 4);
        metrics["test_over_triage"] = Math.Round(Levels.OverTriage, 4);
        return metrics;
    }

    public string Sensitivity(ReferralLevel level) => Levels.Sensitivity[Contracts.WireName.Of(level)].ToString("P1", System.Globalization.CultureInfo.InvariantCulture);
}
