using Triage.Cohort;
using Triage.Engine;
using Triage.Engine.Model;
using Triage.Engine.News2;

namespace Triage.Training.Evaluation;

/// <summary>
/// Compares, on held-out cases, the rules alone (the engine as it stands, not a re-implementation), NEWS2 alone, the model
/// alone and the hybrid the engine serves: max(rule floor, model level).
/// </summary>
public static class Evaluator
{
    public const double RequiredAurocGainOverNews2 = 0.05;
    public const double MaximumUnderTriage = 0.02;

    public static IReadOnlyList<ScoredCase> Score(IReadOnlyList<LabelledCase> cases, OnnxRiskModel model, TriageEngine engine)
    {
        var features = cases.SelectMany(c => model.FeaturesOf(c.Case, News2Calculator.Score(c.Case))).ToArray();
        var risks = model.Predict(features, cases.Count);
        return cases.Select((c, i) =>
        {
            var rules = engine.Assess(c.Case);
            return new ScoredCase(c.SeriousOutcome, rules.Level, rules.RedFlags.Count > 0, rules.News2?.Total, risks[i], model.Manifest.Thresholds.LevelFor(risks[i]));
        }).ToList();
    }

    public static EvaluationReport Report(IReadOnlyList<ScoredCase> scored, string data, string modelVersion, int seed)
    {
        var serious = scored.Select(s => s.Serious).ToList();
        var adults = scored.Where(s => s.News2Total is not null).ToList();
        var adultSerious = adults.Select(s => s.Serious).ToList();
        Estimate Auc(IEnumerable<double> scores, IReadOnlyList<bool> labels) => BootstrapAuroc.Of(scores.ToList(), labels, seed);

        var risks = scored.Select(s => s.Risk).ToList();
        var systems = new List<SystemReport>
        {
            new("rules alone", Auc(scored.Select(s => (double)s.RuleLevel), serious), Auc(adults.Select(s => (double)s.RuleLevel), adultSerious),
                LevelMetrics.Of(scored.Select(s => s.RuleLevel).ToList(), serious), null),
            new("NEWS2 alone", null, Auc(adults.Select(s => (double)s.News2Total!.Value), adultSerious), null, null),
            new("model alone", Auc(risks, serious), Auc(adults.Select(s => s.Risk), adultSerious),
                LevelMetrics.Of(scored.Select(s => s.ModelLevel).ToList(), serious), CalibrationBin.Brier(risks, serious)),
            new("hybrid", Auc(scored.Select(s => HybridDecision.RankingScore(s.HybridLevel, s.Risk)), serious),
                Auc(adults.Select(s => HybridDecision.RankingScore(s.HybridLevel, s.Risk)), adultSerious),
                LevelMetrics.Of(scored.Select(s => s.HybridLevel).ToList(), serious), null),
        };

        var news2 = systems[1].AurocAdults.Value;
        var hybrid = systems[3];
        var targets = new List<TargetCheck>
        {
            new("hybrid AUROC ≥ NEWS2 alone + 0.05 (adults, where NEWS2 applies)", news2 + RequiredAurocGainOverNews2, hybrid.AurocAdults.Value,
                hybrid.AurocAdults.Value >= news2 + RequiredAurocGainOverNews2),
            new("hybrid under-triage ≤ 2 % (serious outcome among TREAT_LOCALLY/ROUTINE)", MaximumUnderTriage, hybrid.Levels!.UnderTriage,
                hybrid.Levels.UnderTriage <= MaximumUnderTriage),
        };

        return new EvaluationReport(data, modelVersion, scored.Count, serious.Count(s => s), adults.Count, systems, CalibrationBin.Table(risks, serious), targets);
    }
}
