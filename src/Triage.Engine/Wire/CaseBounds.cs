namespace Triage.Engine.Wire;

/// <summary>
/// Physiological and format limits of a case report. They reject typing errors and garbage, never a sick patient:
/// a vital sign is refused only when no living patient could show it or no bedside device could report it, so the
/// real readings of a dying patient (systolic 30, SpO2 25 %, diastolic 15) are accepted and raise the level. Each
/// vital also has a usual band (<see cref="VitalBands"/>); a terminal asks for confirmation of a reading outside it.
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
    /// </summary>
    public static readonly AllowedRange RespiratoryRate = new(0, 120, " breaths/min");

    /// <summary>
    /// Oximeters display 0–100 %. Healthy climbers near the summit of Everest had arterial saturations of 54 % on
    /// average (Grocott et al., NEJM 2009;360:140), and the dying fall far lower; a display under 10 % is no signal.
    /// </summary>
    public static readonly AllowedRange Spo2Percent = new(10, 100, " %");

    /// <summary>
    /// Mercury and aneroid sphygmomanometers are scaled to 300 mmHg, so no cuff reports more. Systolic pressures of
    /// 20–40 mmHg are measured in profound shock and during resuscitation, where an arterial relaxation pressure
    /// below 20 mmHg is what marks inadequate CPR (AHA Guidelines for CPR and ECC, Panchal et al., Circulation
    /// 2020;142:S366).
    /// </summary>
    public static readonly AllowedRange SystolicBp = new(20, 300, " mmHg");

    /// <summary>
    /// Korotkoff sounds can be heard down to 10 mmHg and below in aortic regurgitation, high-output states and
    /// pregnancy (AHA, Pickering et al., Hypertension 2005;45:142), and pressures under 20 mmHg are measured during
    /// resuscitation (Panchal et al., Circulation 2020;142:S366); diastolic stays below a systolic of at most 300.
    /// </summary>
    public static readonly AllowedRange DiastolicBp = new(10, 290, " mmHg");

    /// <summary>
    /// Escape rhythms of complete heart block and the agonal heart beat at 10–30/min; supraventricular tachycardia
    /// in infants and pre-excited atrial fibrillation conduct at around 300/min (ESC Guidelines for supraventricular
    /// tachycardia, Brugada et al., Eur Heart J 2020;41:655); 350 leaves a margin.
    /// </summary>
    public static readonly AllowedRange HeartRate = new(10, 350, " beats/min");

    /// <summary>
    /// Survivals are documented at a core temperature of 13.7 °C (accidental hypothermia: Gilbert et al., Lancet
    /// 2000;355:375) and 46.5 °C (heat stroke, Atlanta 1980; Guinness World Records).
    /// </summary>
    public static readonly AllowedRange TemperatureC = new(13, 47, " °C");

    /// <summary>
    /// Blood glucose is measured down to the laboratory's detection limit (0.1 mmol/L) in fatal hypoglycaemia, and a
    /// child survived 147.6 mmol/L (2,656 mg/dL; Guinness World Records, 2008).
    /// </summary>
    public static readonly AllowedRange BloodGlucoseMmolL = new(0.1, 150, " mmol/L");

    /// <summary>Every scale the contract names (NRS, FPS-R, FLACC) is scored 0–10.</summary>
    public static readonly AllowedRange PainScore = new(0, 10, "");

    public const int MaxClinicIdLength = 64;
    public const int MaxPatientRefLength = 64;
    public const int MaxComplaintLength = 2000;
    public const int MaxCodesPerList = 100;

    /// <summary>Terminals' clocks drift; a little future is tolerated, more is a wrong clock or a wrong year.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(10);

    /// <summary>Earlier than any terminal of this system could have recorded a case: a terminal clock reset to its epoch.</summary>
    public static readonly DateTimeOffset EarliestRecordedAt = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
