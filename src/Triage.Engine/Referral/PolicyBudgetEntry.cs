namespace Triage.Engine.Referral;

/// <summary>The referral-budget part of the policy file: percentages of visits the model may refer at each level or above.</summary>
internal sealed class PolicyBudgetEntry
{
    public string? Description { get; set; }

    public double RoutineReferralPercent { get; set; }

    public double UrgentReferralPercent { get; set; }

    public double EmergencyPercent { get; set; }
}
