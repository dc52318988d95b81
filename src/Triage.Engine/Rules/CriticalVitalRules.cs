using Triage.Contracts.V1;

namespace Triage.Engine.Rules;

/// <summary>
/// Readings of a patient close to arrest. NEWS2 and MEOWS stop counting at their top band (a systolic of 30 scores
/// what 90 scores), so a dying patient's single reading would stay at "urgent review"; these call for the team now.
/// Medical emergency team calling criteria of the MERIT study (Hillman et al., Lancet 2005;365:2091): breathing
/// below 5 or above 36/min, pulse below 40 or above 140/min, responds only to pain or not at all. Oxygen: SpO2
/// below 85 % is the severe hypoxaemia that needs a reservoir mask at once (BTS guideline for oxygen use in adults,
/// O'Driscoll et al., Thorax 2017). Blood pressure: systolic 70 mmHg or less, the top band of the Triage Early
/// Warning Score (SATS, South African Triage Scale training manual 2012), rather than MERIT's 90, which NEWS2
/// already scores. Children have age-specific limits of their own (<see cref="PaediatricRules"/>).
/// </summary>
public static class CriticalVitalRules
{
    public const int RespiratoryRateBelow = 5;
    public const int RespiratoryRateAbove = 36;
    public const int HeartRateBelow = 40;
    public const int HeartRateAbove = 140;
    public const int Spo2Below = 85;
    public const int SystolicUpTo = 70;

    public static readonly IReadOnlyList<ClinicalRule> Table =
    [
        new("RED_CRITICAL_VITALS", PatientGroups.NotChild,
            $"Breathing < {RespiratoryRateBelow} or > {RespiratoryRateAbove}/min, pulse < {HeartRateBelow} or > {HeartRateAbove}/min, SpO2 < {Spo2Below} %, systolic ≤ {SystolicUpTo} mmHg, or responds only to pain or not at all",
            "MET calling criteria (MERIT, Hillman et al., Lancet 2005); BTS oxygen guideline (O'Driscoll et al., Thorax 2017); SATS TEWS (2012)",
            IsCritical),
    ];

    private static bool IsCritical(RuleContext c) =>
        c.Vitals.RespiratoryRate is < RespiratoryRateBelow or > RespiratoryRateAbove
        || c.Vitals.HeartRate is < HeartRateBelow or > HeartRateAbove
        || c.Vitals.Spo2Percent < Spo2Below
        || c.Vitals.SystolicBp <= SystolicUpTo
        || c.ConsciousnessIs(Consciousness.Pain, Consciousness.Unresponsive);
}
