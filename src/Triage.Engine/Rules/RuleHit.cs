using Triage.Contracts.V1;

namespace Triage.Engine.Rules;

/// <summary>
/// One rule that fired: its stable code, the referral level it sets as a floor, the specialty it points to
/// (Unspecified when it has no opinion) and the values its reason text quotes.
/// </summary>
public sealed record RuleHit(
    string Code,
    ReferralLevel Level,
    Specialty Specialty = Specialty.Unspecified,
    bool IsRedFlag = false,
    params object[] TextArguments);
