using Triage.Contracts.V1;
using static System.FormattableString;

namespace Triage.Engine.Rules;

/// <summary>
/// Common presentations that are serious while the vital signs are still normal, so NEWS2 alone would send them
/// home: each rule names the guideline that sets its level.
/// </summary>
public static class PresentationRules
{
    /// <summary>
    /// A random plasma glucose of 11.1 mmol/L (200 mg/dL) or more with classic symptoms is diabetes (WHO, Definition
    /// and diagnosis of diabetes mellitus and intermediate hyperglycaemia, 2006; ADA Standards of Care 2024, 2.2).
    /// </summary>
    public const double DiabeticGlucoseFromMmolL = 11.1;

    /// <summary>Onset before 50 years is one of the features that make new diabetes type 1 (NICE NG17, 2015, updated 2022, 1.1.1).</summary>
    public const double TypeOneOnsetBeforeYears = 50;

    private const string NewDiabetes =
        "WHO diagnosis of diabetes (2006); NICE NG17 type 1 diabetes in adults (1.1.1) and NICE NG18 diabetes in children (1.1.1), same-day referral; NICE NG28 type 2 diabetes";

    public static readonly IReadOnlyList<ClinicalRule> Table =
    [
        // Appendicitis and other surgical causes present as pain with vomiting and fever; a rural post cannot
        // exclude them without an examination by a surgeon, imaging and blood counts.
        new("RED_ACUTE_ABDOMEN", PatientGroups.All,
            Invariant($"Abdominal pain with vomiting and fever (reported or ≥ {RuleContext.FeverFromC} °C)"),
            "NICE CKS Appendicitis (2020): same-day surgical assessment; WHO IMAI District clinician manual (2011), acute abdomen",
            c => c.Has(Symptom.AbdominalPain) && c.HasAny(Symptom.Vomiting, Symptom.VomitingEverything) && c.Fever),
        new("RED_HAEMOPTYSIS", PatientGroups.All,
            "Coughing blood",
            "SATS training manual (2012), very urgent discriminator \"coughing blood\"; NICE CKS Haemoptysis (2023); NICE NG12 suspected cancer (1.1.1)",
            c => c.Has(Symptom.Haemoptysis)),
        new("RED_NEW_HYPERGLYCAEMIA", PatientGroups.All,
            Invariant($"No known diabetes; glucose ≥ {DiabeticGlucoseFromMmolL} mmol/L with thirst and polyuria or weight loss, in a child, under {TypeOneOnsetBeforeYears} years, or with weight loss (suspected type 1)"),
            NewDiabetes,
            c => IsNewSymptomaticHyperglycaemia(c) && SuggestsTypeOne(c), c => [c.Vitals.BloodGlucoseMmolL!.Value]),
        new("NEW_HYPERGLYCAEMIA", PatientGroups.All,
            Invariant($"No known diabetes; glucose ≥ {DiabeticGlucoseFromMmolL} mmol/L with thirst and polyuria, from {TypeOneOnsetBeforeYears} years, no weight loss (probable type 2)"),
            NewDiabetes,
            c => IsNewSymptomaticHyperglycaemia(c) && !SuggestsTypeOne(c), c => [c.Vitals.BloodGlucoseMmolL!.Value], IsRedFlag: false),

        // WHO screens with cough of two weeks or more; people living with HIV with any of the four symptoms.
        new("RED_PRESUMPTIVE_TB", PatientGroups.All,
            "Cough for two weeks or more, cough with weight loss, or HIV with cough, fever, weight loss or night sweats",
            "WHO consolidated guidelines on tuberculosis, Module 2: screening (2021)",
            IsPresumptiveTuberculosis),

        // A swollen, painful leg is a deep vein thrombosis until an ultrasound says otherwise.
        new("SUSPECTED_DVT", PatientGroups.All,
            "Leg swelling with pain or tenderness of the limb",
            "NICE NG158 venous thromboembolic diseases (2020), 1.1: suspected DVT, D-dimer and proximal leg vein ultrasound within 4 hours",
            c => c.Has(Symptom.LegSwelling) && c.Has(Symptom.LimbPainOrSwelling)),
        new("RENAL_COLIC_SEVERE", PatientGroups.All,
            Invariant($"Flank pain at {Cases.VitalSigns.SeverePainFrom}–10 on a 0–10 scale"),
            "NICE NG118 renal and ureteric stones (2019), 1.1: same-day assessment when pain is not controlled; SATS training manual (2012), severe pain",
            c => c.Has(Symptom.FlankPain) && c.Vitals.SeverePain, c => [c.Vitals.PainScore!.Value]),
        new("DYSPHAGIA", PatientGroups.Adult,
            "Difficulty swallowing in an adult",
            "NICE NG12 suspected cancer (2015, updated 2025), 1.2.1: dysphagia, urgent direct-access upper GI endoscopy within 2 weeks",
            c => c.Has(Symptom.DifficultySwallowing)),
        new("JAUNDICE", PatientGroups.All,
            "Jaundice",
            "NICE CG98 jaundice in newborn babies (2010, updated 2023), 1.2: jaundice beyond 14 days in a term baby needs a conjugated bilirubin; NICE CKS Jaundice in adults (2023): liver tests and a doctor's review",
            c => c.Has(Symptom.Jaundice)),
    ];

    private static bool IsNewSymptomaticHyperglycaemia(RuleContext c) =>
        !c.Case.Has(ChronicCondition.Diabetes)
        && c.Vitals.BloodGlucoseMmolL >= DiabeticGlucoseFromMmolL
        && c.HasAny(Symptom.PolyuriaPolydipsia, Symptom.WeightLoss);

    /// <summary>Children are referred the same day whatever the type (NICE NG18); adults when NG17's features point to type 1.</summary>
    private static bool SuggestsTypeOne(RuleContext c) =>
        c.Case.Group == Cases.PatientGroup.Child
        || c.Case.Patient.AgeYears < TypeOneOnsetBeforeYears
        || c.Has(Symptom.WeightLoss);

    private static bool IsPresumptiveTuberculosis(RuleContext c) =>
        c.Has(Symptom.ProlongedCough)
        || (c.Has(Symptom.Cough) && c.Has(Symptom.WeightLoss))
        || (c.Case.Has(ChronicCondition.Hiv) && (c.HasAny(Symptom.Cough, Symptom.WeightLoss, Symptom.Sweating) || c.Fever));
}
