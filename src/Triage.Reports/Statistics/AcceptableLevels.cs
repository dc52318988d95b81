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
    public static AcceptableLevels ForOutcome(bool serious) => serious ? new(2, 3) : new(0, 1);
}
