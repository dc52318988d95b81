using Triage.Contracts.V1;

namespace Triage.Terminal.App.Catalogue;

/// <summary>
/// Where each symptom sits on the entry form. A symptom the contract gains before it is placed here still appears,
/// under <see cref="BodySystem.General"/>, so nothing the engine understands is ever missing from the form.
/// </summary>
public static class SymptomSystems
{
    private static readonly Dictionary<Symptom, BodySystem> Systems = new()
    {
        [Symptom.Fever] = BodySystem.General,
        [Symptom.Fatigue] = BodySystem.General,
        [Symptom.WeightLoss] = BodySystem.General,
        [Symptom.PolyuriaPolydipsia] = BodySystem.General,
        [Symptom.UnableToDrinkOrFeed] = BodySystem.General,
        [Symptom.Lethargy] = BodySystem.General,
        [Symptom.SunkenEyes] = BodySystem.General,
        [Symptom.ColdExtremities] = BodySystem.General,
        [Symptom.ShortnessOfBreath] = BodySystem.Respiratory,
        [Symptom.Cough] = BodySystem.Respiratory,
        [Symptom.Haemoptysis] = BodySystem.Respiratory,
        [Symptom.Wheeze] = BodySystem.Respiratory,
        [Symptom.Stridor] = BodySystem.Respiratory,
        [Symptom.ChestIndrawing] = BodySystem.Respiratory,
        [Symptom.CentralCyanosis] = BodySystem.Respiratory,
        [Symptom.ChestPain] = BodySystem.Cardiovascular,
        [Symptom.Syncope] = BodySystem.Cardiovascular,
        [Symptom.Palpitations] = BodySystem.Cardiovascular,
        [Symptom.LegSwelling] = BodySystem.Cardiovascular,
        [Symptom.Headache] = BodySystem.Neurological,
        [Symptom.ThunderclapHeadache] = BodySystem.Neurological,
        [Symptom.NeckStiffness] = BodySystem.Neurological,
        [Symptom.Confusion] = BodySystem.Neurological,
        [Symptom.Seizure] = BodySystem.Neurological,
        [Symptom.UnilateralWeakness] = BodySystem.Neurological,
        [Symptom.SpeechDisturbance] = BodySystem.Neurological,
        [Symptom.FacialDroop] = BodySystem.Neurological,
        [Symptom.Dizziness] = BodySystem.Neurological,
        [Symptom.AbdominalPain] = BodySystem.Digestive,
        [Symptom.Vomiting] = BodySystem.Digestive,
        [Symptom.VomitingEverything] = BodySystem.Digestive,
        [Symptom.VomitingBlood] = BodySystem.Digestive,
        [Symptom.Diarrhoea] = BodySystem.Digestive,
        [Symptom.BloodInStool] = BodySystem.Digestive,
        [Symptom.Dysuria] = BodySystem.Urinary,
        [Symptom.FlankPain] = BodySystem.Urinary,
        [Symptom.Rash] = BodySystem.Skin,
        [Symptom.NonBlanchingRash] = BodySystem.Skin,
        [Symptom.SwellingFaceOrTongue] = BodySystem.Skin,
        [Symptom.Itching] = BodySystem.Skin,
        [Symptom.SoreThroat] = BodySystem.EarNoseThroatAndEyes,
        [Symptom.EarPain] = BodySystem.EarNoseThroatAndEyes,
        [Symptom.RunnyNose] = BodySystem.EarNoseThroatAndEyes,
        [Symptom.VisualDisturbance] = BodySystem.EarNoseThroatAndEyes,
        [Symptom.SuddenVisionLoss] = BodySystem.EarNoseThroatAndEyes,
        [Symptom.EyePain] = BodySystem.EarNoseThroatAndEyes,
        [Symptom.BackPain] = BodySystem.Musculoskeletal,
        [Symptom.JointPain] = BodySystem.Musculoskeletal,
        [Symptom.VaginalBleeding] = BodySystem.Pregnancy,
        [Symptom.ReducedFetalMovements] = BodySystem.Pregnancy,
        [Symptom.LabourPain] = BodySystem.Pregnancy,
        [Symptom.RupturedMembranes] = BodySystem.Pregnancy,
        [Symptom.MajorTrauma] = BodySystem.InjuryAndPoisoning,
        [Symptom.HeadInjury] = BodySystem.InjuryAndPoisoning,
        [Symptom.Burn] = BodySystem.InjuryAndPoisoning,
        [Symptom.AnimalBite] = BodySystem.InjuryAndPoisoning,
        [Symptom.SnakeBite] = BodySystem.InjuryAndPoisoning,
        [Symptom.Poisoning] = BodySystem.InjuryAndPoisoning,
        [Symptom.SuicidalIdeation] = BodySystem.MentalHealth,
    };

    public static BodySystem Of(Symptom symptom) => Systems.GetValueOrDefault(symptom, BodySystem.General);
}
