using Triage.Contracts.V1;

namespace Triage.Reports.Cases;

/// <summary>Referral levels as ordered categories 0..3, TREAT_LOCALLY lowest, for matrices and rank statistics.</summary>
public static class LevelIndex
{
    public const int Count = 4;

    public static readonly IReadOnlyList<ReferralLevel> Levels =
        [ReferralLevel.TreatLocally, ReferralLevel.RoutineReferral, ReferralLevel.UrgentReferral, ReferralLevel.Emergency];

    public static int Of(ReferralLevel level) => level switch
    {
        ReferralLevel.TreatLocally => 0,
        ReferralLevel.RoutineReferral => 1,
        ReferralLevel.UrgentReferral => 2,
        ReferralLevel.Emergency => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "A stored case always has a referral level."),
    };

    /// <summary>
    /// The combined advice as one score, for AUROC and ROC: the level first, the model's risk to order cases within a
    /// level (none counts as 0). The risk is scaled by 0.999 so that even a risk of 1 stays below the next level.
    /// </summary>
    public static double RankingScore(ReferralLevel level, double? risk) => Of(level) + (risk ?? 0) * 0.999;
}
