using Triage.Engine.Cases;

namespace Triage.Engine.Wire;

/// <summary>
/// Physiological and format limits of a case report. They reject typing errors and garbage, never a sick patient:
/// a vital sign is refused only when no living patient could show it or no bedside device could report it, so the
/// real readings of a dying patient (systolic 30, SpO2 25 %, diastolic 15) are accepted and raise the level. Each
/// vital also has a usual band; a terminal asks for confirmation of a reading outside it instead of refusing it.
/// </summary>
public static class CaseBounds
{
    /// <summary>The oldest documented human lived 122 years and 164 days (Robine and Allard, Science 1998;279:1831).</summary>
    public static readonly AllowedRange AgeYears = new(0, 123, " years");

    public static readonly AllowedRange GestationWeeks = new(1, 45, " weeks");

    /// <summary>
    /// Pregnancy is documented from 5 years 7 months (Escomel, La Presse Médicale 1939: Lina Medina) and, after
    /// assisted conception, into the seventies; a pregnant child must never be turned away by the form.
    /// </summary>
    public static readonly AllowedRange PregnantAgeYears = new(5, 75, " years");

    /// <summary>
    /// 0 is apnoea, which is recorded (respiratory arrest, opioid overdose). Newborns in respiratory distress breathe at
    /// up to twice the 99th centile of their age (66/min at birth: Fleming et al., Lancet 2011;377:1011), hence 120.
    /// Usual: the 1st centile of a 15-year-old (11/min) rounded down to 6, and the fastest rates of ill infants (70).
    /// </summary>
    public static readonly VitalLimits RespiratoryRate = new(VitalFields.RespiratoryRate,
        new(0, 120, " breaths/min"), new(6, 70, " breaths/min"));

    /// <summary>
    /// Oximeters display 0–100 % but are validated only over 70–100 % (ISO 80601-2-61:2017, accuracy range), so
    /// 70 bounds the usual band. Healthy climbers near the summit of Everest had arterial saturations of 54 % on
    /// average (Grocott et al., NEJM 2009;360:140), and the dying fall far lower; a display under 10 % is no signal.
    /// </summary>
    public static readonly VitalLimits Spo2Percent = new(VitalFields.Spo2Percent,
        new(10, 100, " %"), new(70, 100, " %"));

    /// <summary>
    /// Mercury and aneroid sphygmomanometers are scaled to 300 mmHg, so no cuff reports more. Systolic pressures of
    /// 20–40 mmHg are measured in profound shock and during resuscitation, where an arterial relaxation pressure
    /// below 20 mmHg is what marks inadequate CPR (AHA Guidelines for CPR and ECC, Panchal et al., Circulation
    /// 2020;142:S366). Usual: from below the PALS limit of a newborn (60) to hypertensive emergencies (250).
    /// </summary>
    public static readonly VitalLimits SystolicBp = new(VitalFields.SystolicBp,
        new(20, 300, " mmHg"), new(50, 250, " mmHg"));

    /// <summary>
    /// Korotkoff sounds can be heard down to 10 mmHg and below in aortic regurgitation, high-output states and
    /// pregnancy (AHA, Pickering et al., Hypertension 2005;45:142), and pressures under 20 mmHg are measured during
    /// resuscitation (Panchal et al., Circulation 2020;142:S366); diastolic stays below a systolic of at most 300.
    /// Usual: 30–150 mmHg.
    /// </summary>
    public static readonly VitalLimits DiastolicBp = new(VitalFields.DiastolicBp,
        new(10, 290, " mmHg"), new(30, 150, " mmHg"));

    /// <summary>
    /// Escape rhythms of complete heart block and the agonal heart beat at 10–30/min; supraventricular tachycardia
    /// in infants and pre-excited atrial fibrillation conduct at around 300/min (ESC Guidelines for supraventricular
    /// tachycardia, Brugada et al., Eur Heart J 2020;41:655); 350 leaves a margin. Usual: 30–220/min.
    /// </summary>
    public static readonly VitalLimits HeartRate = new(VitalFields.HeartRate,
        new(10, 350, " beats/min"), new(30, 220, " beats/min"));

    /// <summary>
    /// Survivals are documented at a core temperature of 13.7 °C (accidental hypothermia: Gilbert et al., Lancet
    /// 2000;355:375) and 46.5 °C (heat stroke, Atlanta 1980; Guinness World Records). Usual: what a clinical
    /// thermometer reads reliably, 32–42 °C (EN 12470 requires at least 35.5–42 °C; low-reading ones go to 32 °C).
    /// </summary>
    public static readonly VitalLimits TemperatureC = new(VitalFields.TemperatureC,
        new(13, 47, " °C"), new(32, 42, " °C"));

    /// <summary>
    /// Blood glucose is measured down to the laboratory's detection limit (0.1 mmol/L) in fatal hypoglycaemia, and a
    /// child survived 147.6 mmol/L (2,656 mg/dL; Guinness World Records, 2008). Usual: a glucose meter's reporting
    /// range, 1.1–33.3 mmol/L (20–600 mg/dL); meters show "LO" or "HI" beyond it.
    /// </summary>
    public static readonly VitalLimits BloodGlucoseMmolL = new(VitalFields.BloodGlucose,
        new(0.1, 150, " mmol/L"), new(1.1, 33.3, " mmol/L"));

    /// <summary>Every scale the contract names (NRS, FPS-R, FLACC) is scored 0–10, and every score on it is usual.</summary>
    public static readonly VitalLimits PainScore = new(VitalFields.PainScore,
        new(0, 10, ""), new(0, 10, ""));

    /// <summary>Every measured vital sign, for a form that checks readings as they are typed.</summary>
    public static readonly IReadOnlyList<VitalLimits> Vitals =
        [RespiratoryRate, Spo2Percent, SystolicBp, DiastolicBp, HeartRate, TemperatureC, BloodGlucoseMmolL, PainScore];

    public const int MaxClinicIdLength = 64;
    public const int MaxPatientRefLength = 64;
    public const int MaxComplaintLength = 2000;
    public const int MaxCodesPerList = 100;

    /// <summary>Terminals' clocks drift; a little future is tolerated, more is a wrong clock or a wrong year.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(10);

    /// <summary>Earlier than any terminal of this system could have recorded a case: a terminal clock reset to its epoch.</summary>
    public static readonly DateTimeOffset EarliestRecordedAt = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
