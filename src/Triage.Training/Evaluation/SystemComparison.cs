using Triage.Reports.Cases;
using Triage.Reports.Statistics;
using Triage.Contracts.V1;

namespace Triage.Training.Evaluation;

/// <summary>Every decision-maker's figures on one set of visits. The nurses are compared only where the data has their triage.</summary>
public static class SystemComparison
{
    public const string Nurses = "triage nurses (immediacy 1–5)";
    public const string News2 = "NEWS2 alone";
    public const string Rules = "rules alone";
    public const string Model = "model alone";
    public const string Hybrid = "hybrid (engine)";

    public static IReadOnlyList<SystemReport> Of(IReadOnlyList<ScoredCase> scored, int seed)
    {
        var adults = scored.Where(s => s.News2Total is not null).ToList();
        Estimate? Auc(IReadOnlyList<ScoredCase> cases, Func<ScoredCase, double> score) =>
            Estimate.Auroc(cases.Select(s => new ScoredOutcome(score(s), s.Serious)).ToList(), seed);
        LevelMetrics Levels(IReadOnlyList<ScoredCase> cases, Func<ScoredCase, ReferralLevel> level) =>
            LevelMetrics.Of(cases.Select(level).ToList(), cases.Select(s => s.Serious).ToList());

        var systems = new List<SystemReport>();
        var triaged = scored.Where(s => s.NurseLevel is not null).ToList();
        if (triaged.Count > 0)
        {
            // Immediacy 1 is the most urgent, so its negative ranks like a risk.
            systems.Add(new(Nurses, Auc(triaged, s => -s.NurseImmediacy!.Value), Auc(triaged.Where(s => s.News2Total is not null).ToList(), s => -s.NurseImmediacy!.Value),
                Levels(triaged, s => s.NurseLevel!.Value), null));
        }

        systems.Add(new(News2, null, Auc(adults, s => s.News2Total!.Value), null, null));
        systems.Add(new(Rules, Auc(scored, s => (double)s.RuleLevel), Auc(adults, s => (double)s.RuleLevel), Levels(scored, s => s.RuleLevel), null));
        systems.Add(new(Model, Auc(scored, s => s.Risk), Auc(adults, s => s.Risk), Levels(scored, s => s.ModelLevel), Calibration.Brier(scored.Select(s => new ScoredOutcome(s.Risk, s.Serious)).ToList())));
        systems.Add(new(Hybrid, Auc(scored, s => LevelIndex.RankingScore(s.HybridLevel, s.Risk)), Auc(adults, s => LevelIndex.RankingScore(s.HybridLevel, s.Risk)),
            Levels(scored, s => s.HybridLevel), null));
        return systems;
    }
}
