using Triage.Contracts.V1;
using Triage.Data.Shadow;
using Triage.Engine.News2;
using Triage.Engine.Wire;

namespace Triage.Gateway.Shadow;

/// <summary>
/// What the candidate would have advised for stored cases: its risk from the case as the terminal sent it, its
/// level from its own thresholds, and the final level the engine's rule would give, the higher of the case's stored
/// rule floor and that level. The stored result is only read.
/// </summary>
public static class ShadowScorer
{
    public static IReadOnlyList<ShadowScore> Score(CandidateModel candidate, IReadOnlyList<UnscoredCase> cases, DateTime scoredAtUtc)
    {
        var model = candidate.Model;
        var features = new float[cases.Count * model.FeatureCount];
        var floors = new ReferralLevel[cases.Count];
        for (var i = 0; i < cases.Count; i++)
        {
            // The same features the engine gave the active model: the case as reported, with its NEWS2.
            var clinicalCase = CaseReport.Parser.ParseFrom(cases[i].Report).ToClinicalCase();
            model.FeaturesOf(clinicalCase, News2Calculator.Score(clinicalCase)).CopyTo(features, i * model.FeatureCount);
            floors[i] = RuleFloor(TriageResult.Parser.ParseFrom(cases[i].Result));
        }

        var risks = cases.Count == 0 ? [] : model.Predict(features, cases.Count);
        return cases.Select((c, i) =>
        {
            var level = model.Manifest.Thresholds.LevelFor(risks[i]);
            return new ShadowScore
            {
                CaseId = c.Id,
                ModelVersion = candidate.ModelVersion,
                Risk = risks[i],
                ModelLevel = (int)level,
                FinalLevel = (int)(level > floors[i] ? level : floors[i]),
                ScoredAtUtc = scoredAtUtc,
            };
        }).ToList();
    }

    /// <summary>
    /// The level the clinical rules set for the case when it was triaged. Results stored before the engine recorded
    /// it came from the rules alone (no model served then), so their referral level is that floor.
    /// </summary>
    public static ReferralLevel RuleFloor(TriageResult result) =>
        result.RuleLevel != ReferralLevel.Unspecified ? result.RuleLevel : result.ReferralLevel;
}
