using Triage.Contracts.V1;
using Triage.Reports.Cases;

namespace Triage.Reports.Statistics;

/// <summary>The levels a case's reference accepts as right, as ordered category indices (TREAT_LOCALLY = 0 … EMERGENCY = 3).</summary>
public readonly record struct AcceptableLevels(int Lowest, int Highest)
{
    /// <summary>Against a specialist's final decision only that level is right.</summary>
    public static AcceptableLevels Exactly(int decided) => new(decided, decided);

    /// <summary>
    /// Against an outcome: a serious one (death, critical care) needed URGENT_REFERRAL or EMERGENCY; any other visit
    /// is right at TREAT_LOCALLY or ROUTINE_REFERRAL, since the outcome cannot tell those two apart.
    /// </summary>
    public static AcceptableLevels ForOutcome(bool serious) =>
        serious
            ? new(LevelIndex.Of(ReferralLevel.UrgentReferral), LevelIndex.Of(ReferralLevel.Emergency))
            : new(LevelIndex.Of(ReferralLevel.TreatLocally), LevelIndex.Of(ReferralLevel.RoutineReferral));
}
