namespace Triage.Engine.Rules;

/// <summary>
/// One rule as data: its stable code, whom it applies to, what triggers it (in words, for the rule list in the
/// docs), its published source, and the pure test of a case. Its level and specialty come from the referral
/// policy, so a region can tune them without a rebuild.
/// </summary>
/// <param name="Quote">The values its reason text quotes, e.g. the measured glucose.</param>
/// <param name="IsRedFlag">False for informational hits (NEWS2 low, incomplete) that never name a danger.</param>
public sealed record ClinicalRule(
    string Code,
    PatientGroups AppliesTo,
    string Trigger,
    string Source,
    Func<RuleContext, bool> When,
    Func<RuleContext, object[]>? Quote = null,
    bool IsRedFlag = true);
