using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Coverage;
using Triage.Engine.Localization;
using Triage.Engine.News2;
using Triage.Engine.Referral;
using Triage.Engine.Rules;

namespace Triage.Engine;

/// <summary>Scores a case with every rule set and turns the hits into one referral decision with its reasons, advice and coverage.</summary>
public sealed class TriageEngine(IEnumerable<IRuleSet> ruleSets, ReferralPolicy policy)
{
    public const string RiskNotEstimated = "RISK_NOT_ESTIMATED";

    private readonly IReadOnlyList<IRuleSet> ruleSets = ruleSets.ToList();

    /// <summary>Every clinical rule table under the shipped policy, or under a region's own policy file.</summary>
    /// <exception cref="PolicyValidationException">The region's file is missing or invalid.</exception>
    public static TriageEngine CreateDefault(string? policyFile = null)
    {
        var policy = policyFile is null ? ReferralPolicyLoader.Shipped() : ReferralPolicyLoader.FromFile(policyFile);
        return new(ClinicalRules.Tables.Select(table => new RuleTable(table, policy)), policy);
    }

    public TriageAssessment Assess(ClinicalCase clinicalCase)
    {
        var news2 = News2Calculator.Score(clinicalCase);
        var hits = ruleSets.SelectMany(r => r.Evaluate(clinicalCase, news2)).ToList();
        var decision = policy.Decide(clinicalCase, hits);
        var advice = TextCatalog.Get($"Advice_{WireName.Of(decision.Level)}", clinicalCase.Language);

        var reasons = hits.Select(h => ToReason(h, advice.Language)).ToList();
        reasons.Add(new TriageReason(RiskNotEstimated, ReasonSource.Rule, TextCatalog.Get($"Reason_{RiskNotEstimated}", advice.Language).Text, 0));

        var coverage = policy.Coverage.Assess(clinicalCase.Patient, decision.Level);
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
            advice.Language,
            new CoverageNote(coverage.Code, coverage.Status, TextCatalog.Get($"Coverage_{coverage.Code}", advice.Language).Text));
    }

    private static TriageReason ToReason(RuleHit hit, string language) =>
        new(hit.Code, ReasonSource.Rule, TextCatalog.Get($"Reason_{hit.Code}", language, hit.TextArguments).Text, (int)hit.Level);
}
