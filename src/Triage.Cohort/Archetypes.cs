using Triage.Contracts.V1;
using static Triage.Contracts.V1.Symptom;

namespace Triage.Cohort;

/// <summary>
/// The presentations of the synthetic cohort. Relative frequencies, severities and symptom rates are the authors'
/// illustrative choices for a rural primary-care case mix (self-limiting illness dominant, respiratory and diarrhoeal
/// disease common in children, cardiovascular emergencies in older adults); they are not taken from one source.
/// Only the overall discrimination of NEWS2 is calibrated to a published figure (see <see cref="CalibrationTarget"/>).
/// </summary>
internal static class Archetypes
{
    private static SymptomOdds S(Symptom symptom, double mild, double severe) => new(symptom, mild, severe);

    private static double AgeOver(DraftPatient p, double age) => p.Age >= age ? 1 : 0;

    public static IReadOnlyList<Archetype> All { get; } =
    [
        new("minor_illness",
            p => 40 * (p.IsChild ? 1.3 : 1),
            (1, 12),
            new(4, -1, 12, 0, 1.2, 0),
            [S(RunnyNose, 0.6, 0.6), S(SoreThroat, 0.45, 0.5), S(Cough, 0.45, 0.6), S(Fever, 0.3, 0.7), S(Headache, 0.3, 0.4), S(EarPain, 0.1, 0.2), S(Fatigue, 0.25, 0.4), S(JointPain, 0.1, 0.2)],
            -1.6),
        new("pneumonia",
            p => 8 * (p.Age < 5 ? 2.2 : p.Age >= 65 ? 2 : 1) * (p.Has(ChronicCondition.Copd) || p.Has(ChronicCondition.HeartFailure) ? 1.5 : 1),
            (2, 5),
            new(20, -14, 35, -25, 1.8, 0.5),
            [S(Cough, 0.85, 0.9), S(Fever, 0.7, 0.85), S(ShortnessOfBreath, 0.35, 0.9), S(ChestPain, 0.15, 0.3), S(ChestIndrawing, 0.05, 0.5), S(Fatigue, 0.4, 0.6), S(UnableToDrinkOrFeed, 0.02, 0.3), S(CentralCyanosis, 0, 0.25), S(Lethargy, 0.05, 0.4)],
            0.2),
        new("sepsis",
            p => 2 * (p.Age >= 65 ? 2.5 : p.Age < 1 ? 2 : 1) * (p.Has(ChronicCondition.Immunosuppression) || p.Has(ChronicCondition.Cancer) || p.Has(ChronicCondition.Diabetes) ? 2.5 : 1),
            (3, 3),
            new(14, -6, 45, -55, 2.0, 0.8),
            [S(Fever, 0.7, 0.75), S(Lethargy, 0.2, 0.7), S(ColdExtremities, 0.05, 0.5), S(Vomiting, 0.15, 0.3), S(Fatigue, 0.5, 0.7), S(Confusion, 0.05, 0.5), S(NonBlanchingRash, 0, 0.15)],
            0.9),
        new("acute_coronary_syndrome",
            p => 2.5 * (p.Age < 30 ? 0 : p.Age < 45 ? 0.4 : p.Age < 65 ? 1 : 2.2) * (p.Sex == Sex.Male ? 1.5 : 1)
                 * (p.Has(ChronicCondition.CoronaryHeartDisease) ? 3 : 1) * (p.Has(ChronicCondition.Diabetes) ? 1.5 : 1),
            (2.5, 3),
            new(8, -5, 30, -45, 0, 0.3),
            [S(ChestPain, 0.8, 0.85), S(ShortnessOfBreath, 0.3, 0.6), S(Palpitations, 0.1, 0.25), S(Syncope, 0.03, 0.2), S(Vomiting, 0.1, 0.25), S(Dizziness, 0.1, 0.3), S(ColdExtremities, 0.02, 0.3), S(Fatigue, 0.2, 0.3)],
            1.3),
        new("stroke",
            p => 1.5 * (p.Age < 40 ? 0.05 : p.Age < 65 ? 1 : 3) * (p.Has(ChronicCondition.PreviousStroke) ? 2.5 : 1) * (p.Has(ChronicCondition.Hypertension) ? 1.7 : 1),
            (2.5, 3),
            new(4, -3, 10, 45, 0.3, 0.9),
            [S(UnilateralWeakness, 0.65, 0.85), S(SpeechDisturbance, 0.45, 0.75), S(FacialDroop, 0.45, 0.75), S(Headache, 0.2, 0.35), S(Dizziness, 0.2, 0.3), S(VisualDisturbance, 0.1, 0.25), S(Confusion, 0.05, 0.4), S(ThunderclapHeadache, 0.02, 0.12)],
            1.1),
        new("asthma_copd_exacerbation",
            p => 5 * (p.Has(ChronicCondition.Asthma) || p.Has(ChronicCondition.Copd) ? 8 : 0.3),
            (2, 5),
            new(18, -15, 35, 0, 0.3, 0.35),
            [S(Wheeze, 0.8, 0.85), S(ShortnessOfBreath, 0.8, 0.98), S(Cough, 0.65, 0.75), S(ChestIndrawing, 0.02, 0.4), S(CentralCyanosis, 0, 0.25), S(Fatigue, 0.2, 0.4)],
            0.1,
            (ChronicCondition.Asthma, 0.6)),
        new("diabetic_ketoacidosis",
            p => 0.8 * (p.Has(ChronicCondition.Diabetes) ? 10 : 0.2) * (p.Age < 40 ? 1.5 : 1),
            (3, 3),
            new(14, -1, 35, -25, 0, 0.6, Glucose: s => 14 + 20 * s),
            [S(PolyuriaPolydipsia, 0.6, 0.7), S(Vomiting, 0.4, 0.75), S(AbdominalPain, 0.3, 0.5), S(ShortnessOfBreath, 0.1, 0.45), S(Lethargy, 0.2, 0.6), S(WeightLoss, 0.2, 0.3), S(Confusion, 0.02, 0.4)],
            0.6,
            (ChronicCondition.Diabetes, 0.75)),
        new("hypoglycaemia",
            p => p.Has(ChronicCondition.Diabetes) ? 6 : 0.1,
            (2, 4),
            new(2, 0, 25, 0, -0.3, 1.0, Glucose: s => 3.8 - 2.6 * s),
            [S(Confusion, 0.2, 0.7), S(Dizziness, 0.4, 0.4), S(Seizure, 0.01, 0.2), S(Syncope, 0.05, 0.25), S(Fatigue, 0.3, 0.4), S(Palpitations, 0.2, 0.3)],
            0.3),
        new("pre_eclampsia",
            p => p.Pregnant && p.GestationWeeks >= 20 ? 15 : 0,
            (2, 4),
            new(4, -2, 15, 55, 0, 0.4, DiastolicBp: 35),
            [S(Headache, 0.5, 0.8), S(VisualDisturbance, 0.2, 0.6), S(LegSwelling, 0.5, 0.6), S(AbdominalPain, 0.1, 0.4), S(Seizure, 0, 0.2), S(Vomiting, 0.05, 0.3), S(ReducedFetalMovements, 0.05, 0.3)],
            0.7),
        new("gastroenteritis_dehydration",
            p => 8 * (p.Age < 5 ? 3 : p.IsChild ? 1.5 : p.Age >= 75 ? 1.3 : 1),
            (1.5, 7),
            new(8, 0, 40, -35, 1.2, 0.4),
            [S(Diarrhoea, 0.95, 0.95), S(Vomiting, 0.5, 0.8), S(AbdominalPain, 0.4, 0.5), S(Fever, 0.3, 0.5), S(SunkenEyes, 0.05, 0.7), S(UnableToDrinkOrFeed, 0.02, 0.5), S(Lethargy, 0.03, 0.6), S(VomitingEverything, 0.02, 0.45), S(BloodInStool, 0.03, 0.1)],
            -0.2),
        new("meningitis",
            p => 0.4 * (p.Age < 5 ? 3 : p.Age < 25 ? 1.8 : 1) * (p.Has(ChronicCondition.Immunosuppression) || p.Has(ChronicCondition.Hiv) ? 3 : 1),
            (3, 3),
            new(8, -3, 35, -30, 2.2, 0.9),
            [S(Fever, 0.85, 0.9), S(Headache, 0.7, 0.8), S(NeckStiffness, 0.5, 0.75), S(Vomiting, 0.4, 0.6), S(NonBlanchingRash, 0.05, 0.4), S(Confusion, 0.1, 0.6), S(Seizure, 0.03, 0.25), S(Lethargy, 0.2, 0.6)],
            1.4),
        new("trauma",
            p => 5 * (p.Age is >= 16 and < 65 && p.Sex == Sex.Male ? 1.6 : 1) * (p.Pregnant ? 0.3 : 1),
            (1.2, 6),
            new(10, -6, 40, -50, 0, 0.6),
            [S(MajorTrauma, 0, 0.9), S(HeadInjury, 0.2, 0.45), S(BackPain, 0.15, 0.2), S(JointPain, 0.3, 0.1), S(Burn, 0.06, 0.08), S(AnimalBite, 0.05, 0.02), S(ChestPain, 0.05, 0.3), S(ShortnessOfBreath, 0.02, 0.4)],
            0.3),
        new("anaphylaxis",
            p => 0.6,
            (2.5, 3.5),
            new(14, -10, 40, -60, 0, 0.5),
            [S(SwellingFaceOrTongue, 0.5, 0.8), S(Itching, 0.7, 0.7), S(Rash, 0.7, 0.7), S(Wheeze, 0.2, 0.6), S(ShortnessOfBreath, 0.3, 0.85), S(Dizziness, 0.15, 0.5), S(Stridor, 0, 0.3), S(Vomiting, 0.1, 0.25)],
            0.4),
        new("uti_pyelonephritis",
            p => 5 * (p.Sex == Sex.Female ? 2.5 : 0.6) * (p.Pregnant ? 2 : 1) * (p.Age < 2 ? 1.5 : 1),
            (1.3, 7),
            new(4, 0, 25, -20, 2.0, 0.2),
            [S(Dysuria, 0.85, 0.6), S(Fever, 0.2, 0.9), S(FlankPain, 0.1, 0.8), S(Vomiting, 0.05, 0.4), S(AbdominalPain, 0.25, 0.4), S(BackPain, 0.1, 0.3)],
            -0.4),
    ];
}
