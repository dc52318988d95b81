using Triage.Contracts.V1;

namespace Triage.Engine.Rules;

/// <summary>
/// Raised blood pressure in non-pregnant adults found at the health post: NICE NG136 hypertension in adults
/// (2019, updated 2023). 140/90 or more needs a planned diagnosis; 180/120 or more needs a same-day look for
/// target-organ damage. Pregnancy has its own thresholds (<see cref="ObstetricRules"/>).
/// </summary>
public static class AdultBloodPressureRules
{
    private const string Source = "NICE NG136 hypertension in adults (2019, updated 2023)";

    public const int StageOneSystolicFrom = 140;
    public const int StageOneDiastolicFrom = 90;
    public const int SevereSystolicFrom = 180;
    public const int SevereDiastolicFrom = 120;

    public static readonly IReadOnlyList<ClinicalRule> Table =
    [
        new("ADULT_HYPERTENSION", PatientGroups.Adult,
            $"Systolic {StageOneSystolicFrom}–{SevereSystolicFrom - 1} or diastolic {StageOneDiastolicFrom}–{SevereDiastolicFrom - 1} mmHg", Source,
            c => IsRaised(c) && !IsSevere(c), c => c.BloodPressure, IsRedFlag: false),
        new("ADULT_HYPERTENSION_SEVERE", PatientGroups.Adult,
            $"Systolic ≥ {SevereSystolicFrom} or diastolic ≥ {SevereDiastolicFrom} mmHg", Source,
            IsSevere, c => c.BloodPressure),
    ];

    private static bool IsRaised(RuleContext c) =>
        c.Vitals.SystolicBp >= StageOneSystolicFrom || c.Vitals.DiastolicBp >= StageOneDiastolicFrom;

    private static bool IsSevere(RuleContext c) =>
        c.Vitals.SystolicBp >= SevereSystolicFrom || c.Vitals.DiastolicBp >= SevereDiastolicFrom;
}
