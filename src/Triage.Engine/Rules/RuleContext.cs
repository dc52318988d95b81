using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.News2;

namespace Triage.Engine.Rules;

/// <summary>What a rule may look at: the case, its NEWS2 (null outside non-pregnant adults), and findings several rules share.</summary>
public sealed record RuleContext(ClinicalCase Case, News2Score? News2)
{
    /// <summary>Fever is 38.0 °C or more (NICE NG143 fever in under 5s, 2019; the same cut-off as NICE NG51 sepsis).</summary>
    public const double FeverFromC = 38.0;

    public VitalSigns Vitals => Case.Vitals;

    public bool Has(Symptom symptom) => Case.Has(symptom);

    public bool HasAny(params Symptom[] symptoms) => symptoms.Any(Case.Has);

    public bool HasAny(params ChronicCondition[] conditions) => conditions.Any(Case.Has);

    /// <summary>Reported by the patient or measured: either is enough to suspect an infection.</summary>
    public bool Fever => Has(Symptom.Fever) || Vitals.TemperatureC >= FeverFromC;

    /// <summary>Age in months; null when not recorded (such a patient is scored as an adult).</summary>
    public double? AgeMonths => Case.Patient.AgeYears * 12;

    /// <summary>Systolic and diastolic for a reason text; one not measured is quoted as a dash so the text keeps its shape.</summary>
    public object[] BloodPressure => [Vitals.SystolicBp?.ToString() ?? "–", Vitals.DiastolicBp?.ToString() ?? "–"];

    public bool ConsciousnessIs(params Consciousness[] levels) => levels.Contains(Vitals.Consciousness);
}
