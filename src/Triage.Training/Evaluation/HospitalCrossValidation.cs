using Triage.Reports.Statistics;
using Triage.Engine;
using Triage.Training.Training;

namespace Triage.Training.Evaluation;

/// <summary>
/// How much the held-out figure depends on which hospitals were held out: k models, each trained without one k-th of
/// the hospitals and tested on it, with the nurses and NEWS2 on the same visits. The shipped model is one such split;
/// this shows the spread around it.
/// </summary>
public static class HospitalCrossValidation
{
    public static IReadOnlyList<CrossValidationFold> Run(IReadOnlyList<LabelledVisit> visits, TrainingSettings settings, int folds, int seed)
    {
        var rules = TriageEngine.CreateDefault();
        return DataSplit.SiteFolds(visits, folds, seed).Select((split, i) =>
        {
            var model = RiskTrainer.Train(split, settings, seed);
            var risks = RiskTrainer.MlNetRisks(model, split.Test);
            var test = split.Test.Select((v, k) => (Visit: v, Risk: (double)risks[k], News2: rules.Assess(v.Case).News2?.Total)).ToList();
            var triaged = test.Where(t => t.Visit.NurseImmediacy is >= 1 and <= 5).ToList();
            var adults = test.Where(t => t.News2 is not null).ToList();
            var top = test.OrderByDescending(t => t.Risk).Take((int)Math.Round(0.15 * test.Count)).Count(t => t.Visit.Serious);
            var serious = test.Count(t => t.Visit.Serious);
            return new CrossValidationFold(
                i + 1,
                split.Test.Select(v => v.Site).Distinct().Count(),
                test.Count,
                serious,
                Discrimination.Auroc(test.Select(t => new ScoredOutcome(t.Risk, t.Visit.Serious)).ToList()) ?? double.NaN,
                // Immediacy 1 is the most urgent, so its negative ranks like a risk.
                Discrimination.Auroc(triaged.Select(t => new ScoredOutcome(-t.Visit.NurseImmediacy!.Value, t.Visit.Serious)).ToList()),
                Discrimination.Auroc(adults.Select(t => new ScoredOutcome(t.News2!.Value, t.Visit.Serious)).ToList()),
                Discrimination.Auroc(adults.Select(t => new ScoredOutcome(t.Risk, t.Visit.Serious)).ToList()),
                (double)top / Math.Max(1, serious));
        }).ToList();
    }
}
