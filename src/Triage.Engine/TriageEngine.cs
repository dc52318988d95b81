using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Coverage;
using Triage.Engine.Localization;
using Triage.Engine.Model;
using Triage.Engine.News2;
using Triage.Engine.Referral;
using Triage.Engine.Rules;
using Triage.Contracts;

namespace Triage.Engine;

/// <summary>
/// Scores a case with every rule set and, when one is given, the risk model, and turns both into one referral
/// decision with its reasons, advice and coverage. The model may raise the rules' level, never lower it.
/// </summary>
public sealed class TriageEngine(IEnumerable<IRuleSet> ruleSets, ReferralPolicy policy, OnnxRiskModel? model = null)
{
    public const string RiskNotEstimated = "RISK_NOT_ESTIMATED";
    public const string ModelRaisedLevel = "MODEL_RAISED_LEVEL";
    public const string MeasureToDecide = "MEASURE_TO_DECIDE";

    private readonly IReadOnlyList<IRuleSet> ruleSets = ruleSets.ToList();

    /// <summary>The model's thresholds under the region's referral budget, or as its manifest ships them.</summary>
    public LevelThresholds? ModelThresholds { get; } = model is null ? null
        : policy.Budget is { } budget && model.Manifest.TradeOff is { Count: > 0 } curve ? budget.ThresholdsFrom(curve)
        : model.Manifest.Thresholds;

    /// <summary>Every clinical rule table under the shipped policy, or under a region's own policy file.</summary>
    /// <exception cref="PolicyValidationException">The region's file is missing or invalid.</exception>
    /// <param name="model">The risk model whose level may raise the rules'; null for the rules alone.</param>
    public static TriageEngine CreateDefault(string? policyFile = null, OnnxRiskModel? model = null)
    {
        var policy = policyFile is null ? ReferralPolicyLoader.Shipped() : ReferralPolicyLoader.FromFile(policyFile);
        return new(ClinicalRules.Tables.Select(table => new RuleTable(table, policy)), policy, model);
    }

    public TriageAssessment Assess(ClinicalCase clinicalCase)
    {
        var news2 = News2Calculator.Score(clinicalCase);
        var hits = ruleSets.SelectMany(r => r.Evaluate(clinicalCase, news2)).ToList();
        var decision = policy.Decide(clinicalCase, hits);
        var risk = model?.Score(clinicalCase, news2);
        var modelLevel = risk is null ? (ReferralLevel?)null : ModelThresholds!.LevelFor(risk.Risk);
        // A red flag is never out-voted: the model can only add urgency to what the rules already set.
        var level = modelLevel > decision.Level ? modelLevel.Value : decision.Level;
        var advice = TextCatalog.Get($"Advice_{WireName.Of(level)}", clinicalCase.Language);

        var reasons = hits.Select(h => ToReason(h, advice.Language)).ToList();
        if (risk is null)
        {
            reasons.Add(new TriageReason(RiskNotEstimated, ReasonSource.Rule, TextCatalog.Get($"Reason_{RiskNotEstimated}", advice.Language).Text, 0));
        }
        else
        {
            if (level > decision.Level)
            {
                reasons.Add(new TriageReason(ModelRaisedLevel, ReasonSource.Model,
                    TextCatalog.Get($"Reason_{ModelRaisedLevel}", advice.Language, Math.Round(risk.Risk * 100, 1), LevelName(decision.Level, advice.Language), LevelName(level, advice.Language)).Text,
                    (int)level));
            }

            reasons.AddRange(ModelReasons.For(risk, advice.Language));
        }

        var measureNext = DecisiveMeasurements.Find(clinicalCase, level, LevelOf);
        if (measureNext.Count > 0)
        {
            var names = new VitalNames(measureNext).In(advice.Language);
            reasons.Add(new TriageReason(MeasureToDecide, ReasonSource.Rule, TextCatalog.Get($"Reason_{MeasureToDecide}", advice.Language, names).Text, 0));
        }

        var coverage = policy.Coverage.Assess(clinicalCase.Patient, level);
        return new TriageAssessment(
            level,
            decision.Specialty,
            risk?.Risk,
            risk?.ModelVersion,
            news2,
            reasons,
            RedFlags: hits.Where(h => h.IsRedFlag).Select(h => h.Code).Distinct().ToList(),
            MissingVitals: news2?.MissingParameters ?? [],
            string.Join(" ", SymptomAdvice.For(clinicalCase, advice.Language).Prepend(advice.Text)),
            advice.Language,
            new CoverageNote(coverage.Code, coverage.Status, TextCatalog.Get($"Coverage_{coverage.Code}", advice.Language).Text),
            RuleLevel: decision.Level,
            ModelLevel: modelLevel,
            MeasureNext: measureNext);
    }

    /// <summary>The final level alone, without reasons or explanations: what a missing reading is tried against.</summary>
    private ReferralLevel LevelOf(ClinicalCase clinicalCase)
    {
        var news2 = News2Calculator.Score(clinicalCase);
        var ruleLevel = policy.Decide(clinicalCase, ruleSets.SelectMany(r => r.Evaluate(clinicalCase, news2)).ToList()).Level;
        if (model is null)
        {
            return ruleLevel;
        }

        var modelLevel = ModelThresholds!.LevelFor(model.Score(clinicalCase, news2, topContributions: 0).Risk);
        return modelLevel > ruleLevel ? modelLevel : ruleLevel;
    }

    private static string LevelName(ReferralLevel level, string language) => TextCatalog.Get($"Level_{WireName.Of(level)}", language).Text;

    private static TriageReason ToReason(RuleHit hit, string language)
    {
        var arguments = hit.TextArguments.Select(a => a is ILocalizedArgument words ? words.In(language) : a).ToArray();
        return new(hit.Code, ReasonSource.Rule, TextCatalog.Get($"Reason_{hit.Code}", language, arguments).Text, (int)hit.Level);
    }
}
