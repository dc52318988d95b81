using Triage.Contracts.V1;
using static System.FormattableString;

namespace Triage.Engine.Rules;

/// <summary>
/// Pregnancy, where NEWS2 does not apply. Hypertension: NICE NG133 hypertension in pregnancy (2019) and ACOG
/// Practice Bulletin 222 (2020). Maternal vital signs: UK MEOWS (Singh et al., Anaesthesia 2012), see
/// <see cref="MeowsTriggers"/>. Everything here routes to obstetrics: the obstetrician is responsible for both patients.
/// </summary>
public static class ObstetricRules
{
    private const string Hypertension = "NICE NG133 hypertension in pregnancy (2019); ACOG Practice Bulletin 222 (2020)";
    private const string Meows = "UK MEOWS (Singh et al., Anaesthesia 2012)";

    public const int SevereSystolicFrom = 160;
    public const int SevereDiastolicFrom = 110;
    public const int HypertensiveSystolicFrom = 140;
    public const int HypertensiveDiastolicFrom = 90;

    /// <summary>The 2-hour glucose that diagnoses gestational diabetes (NICE NG3, 1.2.8).</summary>
    public const double GestationalGlucoseFromMmolL = 7.8;

    /// <summary>Birth before 37 completed weeks is preterm (NICE NG25 preterm labour and birth, 2015).</summary>
    public const int TermFromWeeks = 37;

    /// <summary>Two red MEOWS triggers at once: the maternal equivalent of a high NEWS2.</summary>
    public const int SevereRedTriggersFrom = 2;

    public static readonly IReadOnlyList<ClinicalRule> Table =
    [
        new("OBS_SEVERE_HYPERTENSION", PatientGroups.Pregnant,
            $"Systolic ≥ {SevereSystolicFrom} or diastolic ≥ {SevereDiastolicFrom} mmHg", Hypertension,
            IsSevereHypertension, c => c.BloodPressure),
        new("OBS_PRE_ECLAMPSIA_SYMPTOMS", PatientGroups.Pregnant,
            $"Systolic ≥ {HypertensiveSystolicFrom} or diastolic ≥ {HypertensiveDiastolicFrom} with headache or visual disturbance", Hypertension,
            c => IsHypertensive(c) && HasPreEclampsiaSymptoms(c), c => c.BloodPressure),
        new("OBS_HYPERTENSION", PatientGroups.Pregnant,
            $"Systolic {HypertensiveSystolicFrom}–{SevereSystolicFrom - 1} or diastolic {HypertensiveDiastolicFrom}–{SevereDiastolicFrom - 1}, no headache or visual disturbance",
            Hypertension,
            c => IsHypertensive(c) && !IsSevereHypertension(c) && !HasPreEclampsiaSymptoms(c), c => c.BloodPressure),
        new("OBS_ECLAMPSIA", PatientGroups.Pregnant, "Seizure in pregnancy", Hypertension,
            c => c.Has(Symptom.Seizure)),
        new("OBS_ITCHING", PatientGroups.Pregnant, "Itching without a rash in pregnancy",
            "RCOG Green-top Guideline 43 intrahepatic cholestasis of pregnancy (2022): bile acids and liver tests",
            c => c.Has(Symptom.Itching) && !c.HasAny(Symptom.Rash, Symptom.NonBlanchingRash)),
        new("OBS_RAISED_GLUCOSE", PatientGroups.Pregnant,
            $"Glucose ≥ {GestationalGlucoseFromMmolL} mmol/L in pregnancy",
            "NICE NG3 diabetes in pregnancy (2015, updated 2020), 1.2.8: gestational diabetes at a 2-hour glucose of 7.8 mmol/L or more; a reading at that level needs the glucose tolerance test and the joint diabetes antenatal clinic within a week",
            c => c.Vitals.BloodGlucoseMmolL >= GestationalGlucoseFromMmolL && !c.Case.Has(ChronicCondition.Diabetes), c => [c.Vitals.BloodGlucoseMmolL!.Value]),
        new("OBS_VAGINAL_BLEEDING", PatientGroups.Pregnant, "Vaginal bleeding in pregnancy", "RCOG Green-top Guideline 63 antepartum haemorrhage (2011)",
            c => c.Has(Symptom.VaginalBleeding)),
        new("OBS_REDUCED_FETAL_MOVEMENTS", PatientGroups.Pregnant, "Reduced fetal movements", "RCOG Green-top Guideline 57 reduced fetal movements (2011)",
            c => c.Has(Symptom.ReducedFetalMovements)),
        new("OBS_PRETERM_LABOUR", PatientGroups.Pregnant,
            $"Labour pain or ruptured membranes before {TermFromWeeks} weeks, or with gestation unknown", "NICE NG25 preterm labour and birth (2015)",
            c => InLabour(c) && !(c.Case.Patient.GestationWeeks >= TermFromWeeks)),
        new("OBS_LABOUR_AT_TERM", PatientGroups.Pregnant,
            $"Labour pain or ruptured membranes from {TermFromWeeks} weeks", "WHO recommendations: intrapartum care for a positive childbirth experience (2018)",
            c => InLabour(c) && c.Case.Patient.GestationWeeks >= TermFromWeeks),
        new("OBS_FEVER", PatientGroups.Pregnant,
            Invariant($"Fever in pregnancy (reported or ≥ {RuleContext.FeverFromC} °C)"), "RCOG Green-top Guideline 64a bacterial sepsis in pregnancy (2012)",
            c => c.Fever),
        new("OBS_MEOWS_TRIGGER", PatientGroups.Pregnant, "One red or two yellow MEOWS triggers", Meows,
            c => MeowsTriggers.Red(c.Vitals) < SevereRedTriggersFrom && (MeowsTriggers.Red(c.Vitals) >= 1 || MeowsTriggers.Yellow(c.Vitals) >= 2), Triggers),
        new("OBS_MEOWS_SEVERE", PatientGroups.Pregnant, $"{SevereRedTriggersFrom} or more red MEOWS triggers", Meows,
            c => MeowsTriggers.Red(c.Vitals) >= SevereRedTriggersFrom, Triggers),
    ];

    private static bool IsSevereHypertension(RuleContext c) =>
        c.Vitals.SystolicBp >= SevereSystolicFrom || c.Vitals.DiastolicBp >= SevereDiastolicFrom;

    private static bool IsHypertensive(RuleContext c) =>
        c.Vitals.SystolicBp >= HypertensiveSystolicFrom || c.Vitals.DiastolicBp >= HypertensiveDiastolicFrom;

    private static bool HasPreEclampsiaSymptoms(RuleContext c) =>
        c.HasAny(Symptom.Headache, Symptom.ThunderclapHeadache, Symptom.VisualDisturbance);

    private static bool InLabour(RuleContext c) => c.HasAny(Symptom.LabourPain, Symptom.RupturedMembranes);

    private static object[] Triggers(RuleContext c) => [MeowsTriggers.Red(c.Vitals), MeowsTriggers.Yellow(c.Vitals)];
}
