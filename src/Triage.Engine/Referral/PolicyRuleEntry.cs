namespace Triage.Engine.Referral;

/// <summary>One rule code's line in the policy file; no specialty means the patient group's generalist.</summary>
internal sealed class PolicyRuleEntry
{
    public string Level { get; set; } = "";

    public string? Specialty { get; set; }
}
