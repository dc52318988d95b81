using Triage.Contracts.V1;

namespace Triage.Training.Evaluation;

/// <summary>One held-out case as each decision-maker saw it.</summary>
/// <param name="News2Total">Null where NEWS2 does not apply (children, pregnancy).</param>
public sealed record ScoredCase(bool Serious, ReferralLevel RuleLevel, bool RedFlag, int? News2Total, double Risk, ReferralLevel ModelLevel)
{
    public ReferralLevel HybridLevel => HybridDecision.Level(RuleLevel, ModelLevel);
}
