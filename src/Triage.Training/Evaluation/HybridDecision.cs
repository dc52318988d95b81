using Triage.Contracts.V1;

namespace Triage.Training.Evaluation;

/// <summary>The engine's decision rule: the model may raise the rules' level, never lower it, so a red flag is never out-voted.</summary>
public static class HybridDecision
{
    public static ReferralLevel Level(ReferralLevel ruleFloor, ReferralLevel modelLevel) => ruleFloor >= modelLevel ? ruleFloor : modelLevel;
}
