using Triage.Reports.Statistics;
using Triage.Contracts.V1;
using Triage.Engine;
using Triage.Training.Training;

namespace Triage.Training.Evaluation;

/// <summary>
/// Compares, on the same held-out visits, the triage nurses (where the data has them), NEWS2 alone, the rules alone,
/// the model alone and the hybrid the engine serves: max(rule floor, model level), all from one run of the engine.
/// </summary>
public static class Evaluator
{
    public static IReadOnlyList<ScoredCase> Score(IReadOnlyList<LabelledVisit> visits, TriageEngine engine) =>
        visits.Select(v =>
        {
            var a = engine.Assess(v.Case);
            return new ScoredCase(v.Serious, a.RuleLevel, a.RedFlags.Count > 0, a.News2?.Total, a.Risk ?? 0, a.ModelLevel ?? ReferralLevel.TreatLocally,
                v.NurseImmediacy, AgeGroups.Of(v.Case.Patient.AgeYears));
        }).ToList();

    public static EvaluationReport Report(IReadOnlyList<ScoredCase> scored, string data, string modelVersion, int seed)
    {
        var serious = scored.Select(s => s.Serious).ToList();
        var systems = SystemComparison.Of(scored, seed);
        var ageGroups = Enum.GetValues<AgeGroup>()
            .Select(g => (Group: g, Cases: scored.Where(s => s.AgeGroup == g).ToList()))
            .Where(g => g.Cases.Any(s => s.Serious) && g.Cases.Any(s => !s.Serious))
            .Select(g => new AgeGroupReport(AgeGroups.Label(g.Group), g.Cases.Count, g.Cases.Count(s => s.Serious), SystemComparison.Of(g.Cases, seed)))
            .ToList();
        return new EvaluationReport(data, modelVersion, scored.Count, serious.Count(s => s), scored.Count(s => s.News2Total is not null),
            systems, ageGroups, ReferralTradeOff.Of(scored), Calibration.Table(scored.Select(s => new ScoredOutcome(s.Risk, s.Serious)).ToList()), Targets(systems));
    }

    private static List<TargetCheck> Targets(IReadOnlyList<SystemReport> systems)
    {
        var model = systems.Single(s => s.Name == SystemComparison.Model);
        var hybrid = systems.Single(s => s.Name == SystemComparison.Hybrid);
        var news2 = systems.Single(s => s.Name == SystemComparison.News2);
        var targets = new List<TargetCheck>();
        if (news2.AurocAdults is { } news2Auroc && model.AurocAdults is { } modelAdults)
        {
            targets.Add(new("model AUROC > NEWS2 alone (adults where NEWS2 applies, same visits)", news2Auroc.Value, modelAdults.Value, modelAdults.Value > news2Auroc.Value));
        }

        if (systems.SingleOrDefault(s => s.Name == SystemComparison.Nurses) is { Auroc: { } nurseAuroc, Levels: { } nurseLevels })
        {
            targets.Add(new("model AUROC > the triage nurses' level (same visits)", nurseAuroc.Value, model.Auroc!.Value, model.Auroc.Value > nurseAuroc.Value));
            targets.Add(new("hybrid misses no more serious outcomes below URGENT than the nurses", nurseLevels.MissedSerious, hybrid.Levels!.MissedSerious,
                hybrid.Levels.MissedSerious <= nurseLevels.MissedSerious));
        }

        return targets;
    }
}
