using Triage.Contracts.V1;
using static System.FormattableString;

namespace Triage.Engine.Rules;

/// <summary>
/// Children under 16, for whom NEWS2 does not apply. General danger signs: WHO IMCI chart booklet 2014.
/// Emergency signs: WHO ETAT guidelines 2016 (Updated guideline: paediatric emergency triage, assessment and
/// treatment). Age-specific breathing and heart rates: <see cref="PaediatricVitalBands"/>. Fever by age: NICE NG143
/// fever in under 5s (2019). Hypotension: AHA PALS (2020).
/// </summary>
public static class PaediatricRules
{
    private const string Imci = "WHO IMCI chart booklet 2014";
    private const string Etat = "WHO ETAT guidelines 2016";
    private const string Fleming = "Fleming et al., Lancet 2011 (1st–99th centiles)";

    /// <summary>Hypoxaemia needing oxygen (WHO, Oxygen therapy for children, 2016).</summary>
    public const int HypoxaemiaSpo2Below = 90;

    /// <summary>Fever at any temperature under 3 months is a red feature (NICE NG143).</summary>
    public const double YoungInfantMonths = 3;

    /// <summary>38.0–38.9 °C is not a concern from 3 months on, but 39 °C or more at 3–6 months is (NICE NG143, amber).</summary>
    public const double HighFeverInfantMonths = 6;
    public const double HighFeverFromC = 39.0;

    /// <summary>Low body temperature in a young infant is a sign of very severe disease (WHO IMCI 2014).</summary>
    public const double HypothermiaBelowC = 35.5;

    /// <summary>PALS systolic hypotension: under 60 in the first month, 70 to 1 year, 70 + 2 × age in years to 10, then 90.</summary>
    public static int HypotensionSystolicBelow(double ageYears) => ageYears switch
    {
        < 1.0 / 12 => 60,
        < 1 => 70,
        < 10 => 70 + (2 * (int)ageYears),
        _ => 90,
    };

    public static readonly IReadOnlyList<ClinicalRule> Table =
    [
        new("PAED_DANGER_UNABLE_TO_DRINK", PatientGroups.Child, "Unable to drink or breastfeed", Imci,
            c => c.Has(Symptom.UnableToDrinkOrFeed)),
        new("PAED_DANGER_VOMITS_EVERYTHING", PatientGroups.Child, "Vomits everything", Imci,
            c => c.Has(Symptom.VomitingEverything)),
        new("PAED_DANGER_CONVULSIONS", PatientGroups.Child, "Convulsions now or in this illness", $"{Imci}; {Etat}",
            c => c.Has(Symptom.Seizure)),
        new("PAED_DANGER_LETHARGIC", PatientGroups.Child, "Lethargic, new confusion, or responds only to voice", Imci,
            c => c.Has(Symptom.Lethargy) || c.ConsciousnessIs(Consciousness.NewConfusion, Consciousness.Voice)),
        new("PAED_ETAT_COMA", PatientGroups.Child, "Responds only to pain, or unresponsive (coma)", Etat,
            c => c.ConsciousnessIs(Consciousness.Pain, Consciousness.Unresponsive)),
        new("PAED_ETAT_OBSTRUCTED_BREATHING", PatientGroups.Child, "Stridor (obstructed breathing)", Etat,
            c => c.Has(Symptom.Stridor)),
        new("PAED_ETAT_CENTRAL_CYANOSIS", PatientGroups.Child, "Central cyanosis", Etat,
            c => c.Has(Symptom.CentralCyanosis)),
        new("PAED_ETAT_RESPIRATORY_DISTRESS", PatientGroups.Child, "Chest indrawing (severe respiratory distress)", Etat,
            c => c.Has(Symptom.ChestIndrawing)),
        new("PAED_ETAT_SHOCK", PatientGroups.Child, "Cold extremities with a pulse above the 99th centile for age", Etat,
            c => c.Has(Symptom.ColdExtremities) && c.Vitals.HeartRate > Band(c).HeartRateAbove),
        new("PAED_ETAT_SEVERE_DEHYDRATION", PatientGroups.Child,
            "Diarrhoea with two of: lethargic or unconscious, sunken eyes, unable to drink", $"{Imci}; {Etat}",
            c => c.Has(Symptom.Diarrhoea) && DehydrationSigns(c) >= 2),
        new("PAED_HYPOXAEMIA", PatientGroups.Child, $"SpO2 below {HypoxaemiaSpo2Below} %", "WHO Oxygen therapy for children (2016)",
            c => c.Vitals.Spo2Percent < HypoxaemiaSpo2Below, c => [c.Vitals.Spo2Percent!.Value]),
        new("PAED_HYPOTENSION", PatientGroups.Child,
            "Systolic below 60 (first month), 70 (to 1 year), 70 + 2 × age (1–10 years), 90 (10 years and over)", "AHA PALS (2020)",
            c => c.Vitals.SystolicBp < HypotensionSystolicBelow(c.Case.Patient.AgeYears!.Value), c => [c.Vitals.SystolicBp!.Value]),
        new("PAED_FAST_BREATHING", PatientGroups.Child,
            "Breathing ≥ 60/min under 2 months, ≥ 50 at 2–11 months, ≥ 40 at 1–4 years; above the 99th centile from 5 years",
            $"{Imci}; {Fleming}",
            c => c.Vitals.RespiratoryRate >= Band(c).FastBreathingFrom, c => [c.Vitals.RespiratoryRate!.Value]),
        new("PAED_SLOW_BREATHING", PatientGroups.Child, "Breathing below the 1st centile for age", Fleming,
            c => c.Vitals.RespiratoryRate < Band(c).SlowBreathingBelow, c => [c.Vitals.RespiratoryRate!.Value]),
        new("PAED_HEART_RATE_ABNORMAL", PatientGroups.Child, "Pulse below the 1st or above the 99th centile for age", Fleming,
            c => c.Vitals.HeartRate < Band(c).HeartRateBelow || c.Vitals.HeartRate > Band(c).HeartRateAbove, c => [c.Vitals.HeartRate!.Value]),
        new("PAED_FEVER_YOUNG_INFANT", PatientGroups.Child,
            Invariant($"Fever (reported or ≥ {RuleContext.FeverFromC} °C) under {YoungInfantMonths} months of age"), "NICE NG143 fever in under 5s (2019)",
            c => c.AgeMonths < YoungInfantMonths && c.Fever),
        new("PAED_HIGH_FEVER_INFANT", PatientGroups.Child,
            Invariant($"Temperature ≥ {HighFeverFromC} °C at {YoungInfantMonths}–{HighFeverInfantMonths} months of age"), "NICE NG143 fever in under 5s (2019)",
            c => c.AgeMonths >= YoungInfantMonths && c.AgeMonths < HighFeverInfantMonths && c.Vitals.TemperatureC >= HighFeverFromC,
            c => [c.Vitals.TemperatureC!.Value]),
        new("PAED_HYPOTHERMIA", PatientGroups.Child, Invariant($"Temperature below {HypothermiaBelowC} °C"), Imci,
            c => c.Vitals.TemperatureC < HypothermiaBelowC, c => [c.Vitals.TemperatureC!.Value]),
    ];

    private static PaediatricVitalBand Band(RuleContext c) => PaediatricVitalBands.For(c.AgeMonths!.Value);

    private static int DehydrationSigns(RuleContext c) =>
        (c.Has(Symptom.Lethargy) || c.Vitals.ReducedConsciousness ? 1 : 0)
        + (c.Has(Symptom.SunkenEyes) ? 1 : 0)
        + (c.Has(Symptom.UnableToDrinkOrFeed) ? 1 : 0);
}
