using Triage.Contracts.V1;
using static System.FormattableString;

namespace Triage.Engine.Rules;

/// <summary>
/// Red flags that NEWS2 can miss: conditions that kill or maim within hours even while the vital signs are still
/// normal. Written for adults (16 or more); where the danger is the same in pregnancy or childhood the rule applies
/// there too. Each rule names its source.
/// </summary>
public static class RedFlagRules
{
    /// <summary>Chest pain from this age on is treated as cardiac until proven otherwise (NICE CG95 risk by age; a rural post has no ECG).</summary>
    public const double CardiacRiskAgeYears = 40;

    /// <summary>Abnormal vital signs that make chest pain an acute coronary syndrome until proven otherwise (NICE CG95 1.1.1).</summary>
    public const int TachycardiaAbove = 100;
    public const int BradycardiaBelow = 50;
    public const int HypotensionSystolicBelow = 90;
    public const int HypoxaemiaSpo2Below = 94;

    /// <summary>qSOFA (Seymour et al., JAMA 2016): one point each for RR ≥ 22, altered mentation, systolic ≤ 100; 2 or more is positive.</summary>
    public const int QsofaRespiratoryRateFrom = 22;
    public const int QsofaSystolicUpTo = 100;
    public const int QsofaPositiveFrom = 2;

    /// <summary>Suspected infection with NEWS2 of 5 or more is suspected sepsis (NICE NG51, 2024 update).</summary>
    public const int SepsisNews2From = 5;

    /// <summary>Level 2 (clinically important) hypoglycaemia (International Hypoglycaemia Study Group, Diabetes Care 2017).</summary>
    public const double HypoglycaemiaBelowMmolL = 3.0;

    /// <summary>Above this, with symptoms, diabetic ketoacidosis or a hyperosmolar state must be excluded in hospital (JBDS-IP).</summary>
    public const double HyperglycaemiaAboveMmolL = 20.0;

    private const string MhGap = "WHO mhGAP Intervention Guide 2.0 (2016), module SUI (self-harm/suicide); NICE NG225 self-harm (2022)";

    private static readonly ChronicCondition[] CardiovascularRisk =
    [
        ChronicCondition.Diabetes, ChronicCondition.Hypertension, ChronicCondition.CoronaryHeartDisease,
        ChronicCondition.HeartFailure, ChronicCondition.ChronicKidneyDisease, ChronicCondition.PreviousStroke,
    ];

    public static readonly IReadOnlyList<ClinicalRule> Table =
    [
        new("RED_STROKE_FAST", PatientGroups.NotChild,
            "Unilateral weakness, facial droop or speech disturbance",
            "FAST (Harbison et al., Stroke 2003)",
            c => c.HasAny(Symptom.UnilateralWeakness, Symptom.FacialDroop, Symptom.SpeechDisturbance)),
        new("RED_ACS_SUSPECTED", PatientGroups.NotChild,
            Invariant($"Chest pain with age {CardiacRiskAgeYears} or more, diabetes, hypertension, coronary heart disease, heart failure, CKD or previous stroke, syncope or breathlessness, or pulse > {TachycardiaAbove} or < {BradycardiaBelow}, systolic < {HypotensionSystolicBelow}, SpO2 < {HypoxaemiaSpo2Below} %"),
            "NICE CG95 chest pain of recent onset (2010, updated 2016)",
            c => c.Has(Symptom.ChestPain) && HasCardiacFeatures(c)),
        new("RED_CHEST_PAIN", PatientGroups.NotChild,
            "Chest pain without the features of a suspected acute coronary syndrome",
            "NICE CG95 chest pain of recent onset (2010, updated 2016)",
            c => c.Has(Symptom.ChestPain) && !HasCardiacFeatures(c)),
        new("RED_THUNDERCLAP_HEADACHE", PatientGroups.NotChild,
            "Thunderclap headache (sudden, severe, worst ever)",
            "NICE NG228 subarachnoid haemorrhage (2022)",
            c => c.Has(Symptom.ThunderclapHeadache)),
        new("RED_MENINGISM_FEVER", PatientGroups.All,
            Invariant($"Neck stiffness with fever (reported or ≥ {RuleContext.FeverFromC} °C), with or without headache"),
            "NICE NG240 bacterial meningitis and meningococcal disease (2024); WHO IMCI chart booklet 2014 (stiff neck)",
            c => c.Has(Symptom.NeckStiffness) && c.Fever),
        new("RED_ANAPHYLAXIS", PatientGroups.All,
            $"Swelling of face or tongue with breathlessness, wheeze or stridor, or systolic < {HypotensionSystolicBelow}",
            "Resuscitation Council UK, Emergency treatment of anaphylaxis (2021)",
            c => c.Has(Symptom.SwellingFaceOrTongue)
                && (c.HasAny(Symptom.ShortnessOfBreath, Symptom.Wheeze, Symptom.Stridor) || c.Vitals.SystolicBp < HypotensionSystolicBelow)),
        new("RED_SEPSIS_QSOFA", PatientGroups.Adult,
            $"Fever with qSOFA ≥ {QsofaPositiveFrom} (RR ≥ {QsofaRespiratoryRateFrom}, not alert, systolic ≤ {QsofaSystolicUpTo})",
            "qSOFA (Seymour et al., JAMA 2016)",
            c => c.Fever && Qsofa(c) >= QsofaPositiveFrom, c => [Qsofa(c)]),
        new("RED_SEPSIS_NEWS2", PatientGroups.Adult,
            $"Fever with NEWS2 {SepsisNews2From} or more",
            "NICE NG51 suspected sepsis (2016, updated 2024)",
            c => c.Fever && c.News2!.Total >= SepsisNews2From, c => [c.News2!.Total]),
        new("RED_HYPOGLYCAEMIA", PatientGroups.All,
            Invariant($"Blood glucose below {HypoglycaemiaBelowMmolL} mmol/L"),
            "International Hypoglycaemia Study Group, Diabetes Care 2017 (level 2)",
            c => c.Vitals.BloodGlucoseMmolL < HypoglycaemiaBelowMmolL, c => [c.Vitals.BloodGlucoseMmolL!.Value]),
        new("RED_HYPERGLYCAEMIA", PatientGroups.All,
            Invariant($"Blood glucose above {HyperglycaemiaAboveMmolL} mmol/L with vomiting, abdominal pain, breathlessness, confusion, lethargy or reduced consciousness"),
            "JBDS-IP: management of diabetic ketoacidosis and of the hyperosmolar hyperglycaemic state in adults",
            c => c.Vitals.BloodGlucoseMmolL > HyperglycaemiaAboveMmolL && HasHyperglycaemicSymptoms(c), c => [c.Vitals.BloodGlucoseMmolL!.Value]),
        new("RED_GI_BLEEDING", PatientGroups.NotChild,
            "Vomiting blood, or blood in the stool or black stool (melaena)",
            "NICE CG141 acute upper gastrointestinal bleeding (2012)",
            c => c.HasAny(Symptom.VomitingBlood, Symptom.BloodInStool)),
        new("RED_VISION_LOSS", PatientGroups.All,
            "Sudden loss of vision, or eye pain with visual disturbance (acute angle-closure glaucoma)",
            "European Glaucoma Society Terminology and Guidelines, 5th ed. (2020)",
            c => c.Has(Symptom.SuddenVisionLoss) || (c.Has(Symptom.EyePain) && c.Has(Symptom.VisualDisturbance))),
        new("RED_MAJOR_TRAUMA", PatientGroups.All,
            "Major trauma, or head injury with reduced consciousness, seizure or vomiting",
            "NICE NG39 major trauma (2016); NICE NG232 head injury (2023)",
            IsMajorTrauma),
        new("RED_HEAD_INJURY", PatientGroups.All,
            "Head injury, alert, with no seizure or vomiting",
            "NICE NG232 head injury (2023)",
            c => c.Has(Symptom.HeadInjury) && !IsMajorTrauma(c)),
        new("RED_SNAKE_BITE", PatientGroups.All,
            "Snake bite",
            "WHO Guidelines for the management of snakebites, 2nd ed. (2016)",
            c => c.Has(Symptom.SnakeBite)),
        new("RED_POISONING", PatientGroups.All,
            "Poisoning or overdose",
            "WHO Pocket book of hospital care for children, 2nd ed. (2013), chapter 1",
            c => c.Has(Symptom.Poisoning)),
        new("RED_ANIMAL_BITE", PatientGroups.All,
            "Animal bite: rabies post-exposure prophylaxis and wound care the same day",
            "WHO position paper on rabies vaccines, Weekly Epidemiological Record 2018",
            c => c.Has(Symptom.AnimalBite)),
        // mhGAP: current thoughts or a plan of suicide or self-harm, or an act of self-harm, is imminent risk: the
        // person is never left alone and a mental health specialist is consulted at once.
        new("RED_SUICIDAL_IDEATION", PatientGroups.All,
            "Current suicidal thoughts (imminent risk)",
            MhGap,
            c => c.Has(Symptom.SuicidalIdeation)),
        new("RED_SELF_HARM", PatientGroups.All,
            "A plan of suicide or self-harm, or an act of self-harm (imminent risk; a medically serious act needs emergency care)",
            MhGap,
            c => c.Has(Symptom.SelfHarmPlanOrAct)),
        new("RED_NON_BLANCHING_RASH_FEVER", PatientGroups.All,
            "Non-blanching rash with fever",
            "NICE NG240 bacterial meningitis and meningococcal disease (2024)",
            c => c.Has(Symptom.NonBlanchingRash) && c.Fever),
    ];

    private static bool HasCardiacFeatures(RuleContext c) =>
        c.Case.Patient.AgeYears >= CardiacRiskAgeYears
        || c.HasAny(CardiovascularRisk)
        || c.HasAny(Symptom.Syncope, Symptom.ShortnessOfBreath)
        || c.Vitals.HeartRate > TachycardiaAbove
        || c.Vitals.HeartRate < BradycardiaBelow
        || c.Vitals.SystolicBp < HypotensionSystolicBelow
        || c.Vitals.Spo2Percent < HypoxaemiaSpo2Below;

    private static int Qsofa(RuleContext c) =>
        (c.Vitals.RespiratoryRate >= QsofaRespiratoryRateFrom ? 1 : 0)
        + (c.Vitals.ReducedConsciousness ? 1 : 0)
        + (c.Vitals.SystolicBp <= QsofaSystolicUpTo ? 1 : 0);

    private static bool HasHyperglycaemicSymptoms(RuleContext c) =>
        c.HasAny(Symptom.Vomiting, Symptom.VomitingEverything, Symptom.AbdominalPain, Symptom.ShortnessOfBreath, Symptom.Confusion, Symptom.Lethargy)
        || c.Vitals.ReducedConsciousness;

    private static bool IsMajorTrauma(RuleContext c) =>
        c.Has(Symptom.MajorTrauma)
        || (c.Has(Symptom.HeadInjury) && (c.Vitals.ReducedConsciousness || c.HasAny(Symptom.Seizure, Symptom.Vomiting, Symptom.VomitingEverything)));
}
