namespace Triage.Engine.Referral;

/// <summary>The referral policy as written in JSON; enum values are spelled as in the proto (EMERGENCY, NEUROLOGY).</summary>
internal sealed class PolicyFile
{
    /// <summary>Free text for the people who tune the file; the engine does not read it.</summary>
    public string? Description { get; set; }

    public List<string> SpecialtyOrder { get; set; } = [];

    public Dictionary<string, PolicyRuleEntry> Rules { get; set; } = [];

    public PolicyCoverageEntry Coverage { get; set; } = new();

    public PolicyBudgetEntry? ReferralBudget { get; set; }
}
