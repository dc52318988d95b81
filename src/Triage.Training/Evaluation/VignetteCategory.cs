using Triage.Contracts.V1;

namespace Triage.Training.Evaluation;

/// <summary>
/// The disposition a published guideline gives a vignette, in the four grades symptom-checker studies use
/// (Semigran et al., BMJ 2015), each answered by one referral level.
/// </summary>
public enum VignetteCategory
{
    /// <summary>Care at home or at the health post; no referral.</summary>
    SelfCare,

    /// <summary>A doctor within days or weeks: a planned referral.</summary>
    Routine,

    /// <summary>A doctor the same day.</summary>
    Urgent,

    /// <summary>Emergency care now.</summary>
    Emergency,
}

public static class VignetteCategories
{
    public static ReferralLevel ExpectedLevel(this VignetteCategory category) => category switch
    {
        VignetteCategory.SelfCare => ReferralLevel.TreatLocally,
        VignetteCategory.Routine => ReferralLevel.RoutineReferral,
        VignetteCategory.Urgent => ReferralLevel.UrgentReferral,
        _ => ReferralLevel.Emergency,
    };

    /// <summary>The spelling in the vignette file: SELF_CARE, ROUTINE, URGENT, EMERGENCY.</summary>
    public static string FileName(this VignetteCategory category) => category switch
    {
        VignetteCategory.SelfCare => "SELF_CARE",
        VignetteCategory.Routine => "ROUTINE",
        VignetteCategory.Urgent => "URGENT",
        _ => "EMERGENCY",
    };
}
