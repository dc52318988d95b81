namespace Triage.Training.Training;

/// <summary>The sensitivity each referral level is set to reach on validation data.</summary>
public sealed record LevelSensitivities(double RoutineReferral, double UrgentReferral, double Emergency)
{
    /// <summary>≥ 95 % of serious outcomes at URGENT or above is the safety target; ROUTINE catches nearly all, EMERGENCY the clearest.</summary>
    public static LevelSensitivities Default { get; } = new(0.99, 0.95, 0.60);
}
