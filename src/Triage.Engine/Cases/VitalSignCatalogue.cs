namespace Triage.Engine.Cases;

/// <summary>
/// Every vital sign the system records, one <see cref="VitalSign"/> each, in the order of an examination (also the
/// order of the model's inputs; a model finds its inputs by name, so a sign added at the end leaves the shipped model
/// working). A sign added here is validated, asked for, shown, exported and offered to the model without touching
/// those parts; a rule that reads it still names it.
/// Possible ranges refuse typing errors and garbage, never a sick patient: a value is refused only when no living
/// patient could show it or no bedside device could report it, so the real readings of a dying patient (systolic
/// 30, SpO2 25 %, diastolic 15) are accepted and raise the level. The usual band is where almost every reading
/// falls; a terminal asks for confirmation of a reading outside it. Normal values, which an absent reading is taken
/// as for the model, lie inside the zero-score band of each NEWS2 parameter (RCP NEWS2 2017, chart 1).
/// </summary>
public static class VitalSignCatalogue
{
    /// <summary>ACVPU as it worsens: the step is the model input.</summary>
    private static readonly Contracts.V1.Consciousness[] AcvpuSteps =
        [Contracts.V1.Consciousness.Alert, Contracts.V1.Consciousness.NewConfusion, Contracts.V1.Consciousness.Voice, Contracts.V1.Consciousness.Pain, Contracts.V1.Consciousness.Unresponsive];

    private static readonly VitalPanel BloodPressurePanel = new(new("85354-9", "Blood pressure panel with all children optional"), "bp");

    /// <summary>
    /// Possible: 0 is apnoea, which is recorded (respiratory arrest, opioid overdose); newborns in respiratory distress
    /// breathe at up to twice the 99th centile of their age (66/min at birth: Fleming et al., Lancet 2011;377:1011),
    /// hence 120. Usual: down to a rate that is apnoea in all but name, up to the fastest rates of ill infants.
    /// </summary>
    public static readonly VitalSign RespiratoryRate = new()
    {
        Field = VitalFields.RespiratoryRate,
        Scale = VitalScale.WholeNumber,
        Possible = new(0, 120, " breaths/min"),
        Usual = new(6, 70, " breaths/min"),
        Question = "Respiratory rate",
        Coding = new(new("9279-1", "Respiratory rate"), "/min", "breaths/minute") { Profile = "resprate" },
        Feature = "respiratory_rate",
        FeatureUnit = "breaths/min",
        Normal = 16,
        News2 = new("respiration_rate_score", n => n.RespirationRate),
        Read = v => v.RespiratoryRate,
        Write = (v, x) => v with { RespiratoryRate = (int)x },
    };

    /// <summary>
    /// Possible: oximeters display 0–100 %; healthy climbers near the summit of Everest had arterial saturations of
    /// 54 % on average (Grocott et al., NEJM 2009;360:140), and the dying fall far lower; a display under 10 % is no
    /// signal. Usual: oximeters are validated only over 70–100 % (ISO 80601-2-61:2017, accuracy range). Exported as
    /// 2708-6, which the oxygensat profile asks for, and 59408-5, which says it was measured by pulse oximetry.
    /// </summary>
    public static readonly VitalSign Spo2Percent = new()
    {
        Field = VitalFields.Spo2Percent,
        Scale = VitalScale.WholeNumber,
        Possible = new(10, 100, " %"),
        Usual = new(70, 100, " %"),
        Question = "SpO2",
        Coding = new(new("2708-6", "Oxygen saturation in Arterial blood"), "%", "%")
        {
            Profile = "oxygensat",
            AlsoCodedAs = new("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"),
        },
        Feature = "spo2",
        FeatureUnit = "%",
        Normal = 97,
        News2 = new("spo2_score", n => n.Spo2),
        Read = v => v.Spo2Percent,
        Write = (v, x) => v with { Spo2Percent = (int)x },
    };

    /// <summary>
    /// Possible: mercury and aneroid sphygmomanometers are scaled to 300 mmHg, so no cuff reports more; systolic
    /// pressures of 20–40 mmHg are measured in profound shock and during resuscitation, where an arterial relaxation
    /// pressure below 20 mmHg is what marks inadequate CPR (AHA Guidelines for CPR and ECC, Panchal et al.,
    /// Circulation 2020;142:S366). Usual: from below the PALS limit of a newborn (60 mmHg, AHA PALS 2020) to
    /// hypertensive emergencies.
    /// </summary>
    public static readonly VitalSign SystolicBp = new()
    {
        Field = VitalFields.SystolicBp,
        Scale = VitalScale.WholeNumber,
        Possible = new(20, 300, " mmHg"),
        Usual = new(50, 250, " mmHg"),
        Question = "Systolic blood pressure",
        Coding = new(new("8480-6", "Systolic blood pressure"), "mm[Hg]", "mmHg") { Panel = BloodPressurePanel },
        Feature = "systolic_bp",
        FeatureUnit = "mmHg",
        Normal = 125,
        News2 = new("systolic_bp_score", n => n.SystolicBp),
        Read = v => v.SystolicBp,
        Write = (v, x) => v with { SystolicBp = (int)x },
    };

    /// <summary>
    /// Possible: Korotkoff sounds can be heard down to 10 mmHg and below in aortic regurgitation, high-output states
    /// and pregnancy (AHA, Pickering et al., Hypertension 2005;45:142), and pressures under 20 mmHg are measured
    /// during resuscitation (Panchal et al., Circulation 2020;142:S366); diastolic stays below a systolic of at most
    /// 300. Not scored by NEWS2.
    /// </summary>
    public static readonly VitalSign DiastolicBp = new()
    {
        Field = VitalFields.DiastolicBp,
        Scale = VitalScale.WholeNumber,
        Possible = new(10, 290, " mmHg"),
        Usual = new(30, 150, " mmHg"),
        Question = "Diastolic blood pressure",
        Coding = new(new("8462-4", "Diastolic blood pressure"), "mm[Hg]", "mmHg") { Panel = BloodPressurePanel },
        Feature = "diastolic_bp",
        FeatureUnit = "mmHg",
        Normal = 78,
        Read = v => v.DiastolicBp,
        Write = (v, x) => v with { DiastolicBp = (int)x },
    };

    /// <summary>
    /// Possible: escape rhythms of complete heart block and the agonal heart beat at 10–30/min; supraventricular
    /// tachycardia in infants and pre-excited atrial fibrillation conduct at around 300/min (ESC Guidelines for
    /// supraventricular tachycardia, Brugada et al., Eur Heart J 2020;41:655); 350 leaves a margin. Usual: from the
    /// MET calling criterion for bradycardia (40, MERIT 2005) minus a margin, to infant SVT.
    /// </summary>
    public static readonly VitalSign HeartRate = new()
    {
        Field = VitalFields.HeartRate,
        Scale = VitalScale.WholeNumber,
        Possible = new(10, 350, " beats/min"),
        Usual = new(30, 220, " beats/min"),
        Question = "Heart rate",
        Coding = new(new("8867-4", "Heart rate"), "/min", "beats/minute") { Profile = "heartrate" },
        Feature = "heart_rate",
        FeatureUnit = "beats/min",
        Normal = 75,
        News2 = new("pulse_score", n => n.Pulse),
        Read = v => v.HeartRate,
        Write = (v, x) => v with { HeartRate = (int)x },
    };

    /// <summary>
    /// Possible: survivals are documented at a core temperature of 13.7 °C (accidental hypothermia: Gilbert et al.,
    /// Lancet 2000;355:375) and 46.5 °C (heat stroke, Atlanta 1980; Guinness World Records). Usual: what clinical
    /// thermometers read reliably (EN 12470 requires at least 35.5–42 °C; low-reading ones go to 32 °C).
    /// </summary>
    public static readonly VitalSign TemperatureC = new()
    {
        Field = VitalFields.TemperatureC,
        Scale = VitalScale.Decimal,
        Possible = new(13, 47, " °C"),
        Usual = new(32, 42, " °C"),
        Question = "Temperature",
        Coding = new(new("8310-5", "Body temperature"), "Cel", "C") { Profile = "bodytemp" },
        Feature = "temperature",
        FeatureUnit = "°C",
        Normal = 36.8,
        News2 = new("temperature_score", n => n.Temperature),
        Read = v => v.TemperatureC,
        Write = (v, x) => v with { TemperatureC = x },
    };

    /// <summary>
    /// ACVPU, ordered as it worsens so that a model's trees split "worse than alert" in one step; new confusion
    /// scores 3 on NEWS2 like voice, pain and unresponsive. Exported as an exam finding in words.
    /// </summary>
    public static readonly VitalSign Consciousness = new()
    {
        Field = VitalFields.Consciousness,
        Scale = VitalScale.Acvpu,
        Question = "Consciousness, ACVPU (C = new confusion)",
        Coding = new(new("67775-7", "Level of responsiveness"), "", "") { Category = "exam" },
        Feature = "consciousness",
        FeatureUnit = "AVPU step (0 alert … 4 unresponsive)",
        Normal = 0,
        News2 = new("consciousness_score", n => n.Consciousness),
        Read = v => Array.IndexOf(AcvpuSteps, v.Consciousness) is var step and >= 0 ? step : null,
        Write = (v, x) => v with { Consciousness = AcvpuSteps[(int)x] },
    };

    /// <summary>
    /// Possible: blood glucose is measured down to the laboratory's detection limit (0.1 mmol/L) in fatal
    /// hypoglycaemia, and a child survived 147.6 mmol/L (2,656 mg/dL; Guinness World Records, 2008). Usual: a glucose
    /// meter's reporting range, 20–600 mg/dL; meters show "LO" or "HI" beyond it. Normal: the upper normal fasting
    /// value (WHO 2006 definition of diabetes and intermediate hyperglycaemia). Exported with the molar LOINC code
    /// (not the mass one, 2339-0, in mg/dL) so the measured number travels unconverted; glucose is a laboratory
    /// result, not a vital sign, for FHIR.
    /// </summary>
    public static readonly VitalSign BloodGlucose = new()
    {
        Field = VitalFields.BloodGlucose,
        Scale = VitalScale.Decimal,
        Possible = new(0.1, 150, " mmol/L"),
        Usual = new(1.1, 33.3, " mmol/L"),
        Question = "Blood glucose",
        Coding = new(new("15074-8", "Glucose [Moles/volume] in Blood"), "mmol/L", "mmol/L") { Category = "laboratory" },
        Feature = "blood_glucose",
        FeatureUnit = "mmol/L",
        Normal = 5.5,
        Read = v => v.BloodGlucoseMmolL,
        Write = (v, x) => v with { BloodGlucoseMmolL = x },
    };

    /// <summary>Every scale the contract names (NRS, FPS-R, FLACC) is scored 0–10, and every score on it is usual. Not exported.</summary>
    public static readonly VitalSign PainScore = new()
    {
        Field = VitalFields.PainScore,
        Scale = VitalScale.WholeNumber,
        Possible = new(0, 10, ""),
        Usual = new(0, 10, ""),
        Question = "Pain score",
        Feature = "pain_score",
        FeatureUnit = "0–10",
        Normal = 0,
        Read = v => v.PainScore,
        Write = (v, x) => v with { PainScore = (int)x },
    };

    /// <summary>Every vital sign, in the order of an examination and of the model's inputs.</summary>
    public static readonly IReadOnlyList<VitalSign> All =
        [RespiratoryRate, Spo2Percent, SystolicBp, DiastolicBp, HeartRate, TemperatureC, Consciousness, BloodGlucose, PainScore];

    /// <summary>The signs measured as numbers, each with a possible range.</summary>
    public static readonly IReadOnlyList<VitalSign> Measured = [.. All.Where(s => s.IsMeasured)];
}
