namespace Triage.Engine.Referral;

/// <summary>The coverage part of the policy file.</summary>
internal sealed class PolicyCoverageEntry
{
    /// <summary>Referral level → coverage code, for the care that is free whatever the insurance.</summary>
    public Dictionary<string, string> FreeForEveryone { get; set; } = [];

    public List<string> LocalBudgetSocialCategories { get; set; } = [];
}
