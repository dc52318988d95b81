using Triage.Engine.Model;

namespace Triage.Engine.Referral;

/// <summary>
/// How many visits in a hundred the model may send to each level or above: the region's capacity, not a
/// sensitivity target. The thresholds are read off the model's own trade-off curve (its manifest), so the same
/// budget holds whichever model is dropped in. Rules are not counted against it: a red flag is never held back.
/// </summary>
public sealed record ReferralBudget(double RoutineReferralPercent, double UrgentReferralPercent, double EmergencyPercent)
{
    public bool IsOrdered =>
        EmergencyPercent > 0 && EmergencyPercent <= UrgentReferralPercent && UrgentReferralPercent <= RoutineReferralPercent && RoutineReferralPercent < 100;

    /// <summary>For each level, the lowest risk on the curve at which no more than the budgeted share of visits is referred.</summary>
    public LevelThresholds ThresholdsFrom(IReadOnlyList<TradeOffPoint> curve) =>
        new(Within(curve, RoutineReferralPercent), Within(curve, UrgentReferralPercent), Within(curve, EmergencyPercent));

    private static double Within(IReadOnlyList<TradeOffPoint> curve, double percent) =>
        curve.Where(p => p.VisitsReferred * 100 <= percent).Select(p => p.Risk).DefaultIfEmpty(curve.Max(p => p.Risk)).Min();
}
