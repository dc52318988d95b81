using System.Collections.Immutable;
using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Rules;

namespace Triage.Engine.Tests.Clinical;

/// <summary>A patient with normal observations for their group; tests change only what they are about.</summary>
public sealed record CaseBuilder(PatientInfo Patient, VitalSigns Vitals, ImmutableHashSet<Symptom> Symptoms, ImmutableHashSet<ChronicCondition> Conditions)
{
    /// <summary>NEWS2 0: RR 16, SpO2 98 %, 125/80, pulse 72, 36.8 °C, alert.</summary>
    public static readonly VitalSigns NormalAdultVitals = new(16, 98, false, false, 125, 80, 72, 36.8, Consciousness.Alert);

    /// <summary>No MEOWS trigger: RR 16, SpO2 98 %, 115/70, pulse 80, 36.8 °C, alert.</summary>
    public static readonly VitalSigns NormalPregnancyVitals = new(16, 98, false, false, 115, 70, 80, 36.8, Consciousness.Alert);

    public static CaseBuilder Adult(double? ageYears = 45, Sex sex = Sex.Male) =>
        new(new PatientInfo(ageYears, sex, false, null, InsuranceStatus.Insured, SocialCategory.C), NormalAdultVitals, [], []);

    /// <summary>Breathing and pulse in the middle of the normal band for the age, systolic well above the PALS limit.</summary>
    public static CaseBuilder Child(double ageYears)
    {
        var band = PaediatricVitalBands.For(ageYears * 12);
        var vitals = new VitalSigns(
            (band.SlowBreathingBelow + band.FastBreathingFrom) / 2, 98, false, false,
            PaediatricRules.HypotensionSystolicBelow(ageYears) + 20, 60,
            (band.HeartRateBelow + band.HeartRateAbove) / 2, 36.8, Consciousness.Alert);
        return new(new PatientInfo(ageYears, Sex.Female, false, null, InsuranceStatus.Insured, SocialCategory.C), vitals, [], []);
    }

    public static CaseBuilder Pregnant(int? gestationWeeks = 30, double ageYears = 28) =>
        new(new PatientInfo(ageYears, Sex.Female, true, gestationWeeks, InsuranceStatus.Insured, SocialCategory.C), NormalPregnancyVitals, [], []);

    public CaseBuilder With(params Symptom[] symptoms) => this with { Symptoms = Symptoms.Union(symptoms) };

    public CaseBuilder WithCondition(params ChronicCondition[] conditions) => this with { Conditions = Conditions.Union(conditions) };

    public CaseBuilder WithVitals(Func<VitalSigns, VitalSigns> change) => this with { Vitals = change(Vitals) };

    public CaseBuilder Insured(InsuranceStatus insurance, SocialCategory category) =>
        this with { Patient = Patient with { Insurance = insurance, SocialCategory = category } };

    public ClinicalCase Build(string language = "en") => new(Patient, Vitals, Symptoms, Conditions, language);
}
