using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Localization;
using Triage.Engine.News2;
using Triage.Engine.Referral;
using Triage.Engine.Rules;

namespace Triage.Engine;

/// <summary>Scores a case with every rule set and turns the hits into one referral decision with its reasons and advice.</summary>
public sealed class TriageEngine(IEnumerable<IRuleSet> ruleSets)
{
    public const string RiskNotEstimated = "RISK_NOT_ESTIMATED";

    private readonly IReadOnlyList<IRuleSet> ruleSets = ruleSets.ToList();

    public static TriageEngine CreateDefault() => new([new News2Rules()]);

    public TriageAssessment Assess(ClinicalCase clinicalCase)
    {
        var news2 = News2Calculator.Score(clinicalCase);
        var hits = ruleSets.SelectMany(r => r.Evaluate(clinicalCase, news2)).ToList();
        var decision = ReferralPolicy.Decide(clinicalCase, hits);
        var advice = TextCatalog.Get($"Advice_{WireName.Of(decision.Level)}", clinicalCase.Language);

        var reasons = hits.Select(h => ToReason(h, advice.Language)).ToList();
        reasons.Add(new TriageReason(RiskNotEstimated, ReasonSource.Rule, TextCatalog.Get($"Reason_{RiskNotEstimated}", advice.Language).Text, 0));

        return new TriageAssessment(
            decision.Level,
            decision.Specialty,
            Risk: null,
            ModelVersion: null,
            news2,
            reasons,
            RedFlags: hits.Where(h => h.IsRedFlag).Select(h => h.Code).Distinct().ToList(),
            MissingVitals: news2?.MissingParameters ?? [],
            advice.Text,
            advice.Language);
    }

    private static TriageReason ToReason(RuleHit hit, string language) =>
        new(hit.Code, ReasonSource.Rule, TextCatalog.Get($"Reason_{hit.Code}", language, hit.TextArguments).Text, (int)hit.Level);
}
