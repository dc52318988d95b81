using Triage.Contracts.V1;

namespace Triage.Engine.Cases;

/// <summary>What the engine knows about one encounter: the clinical facts, free of wire and storage concerns.</summary>
public sealed record ClinicalCase(
    PatientInfo Patient,
    VitalSigns Vitals,
    IReadOnlySet<Symptom> Symptoms,
    IReadOnlySet<ChronicCondition> ChronicConditions,
    string Language)
{
    public bool Has(Symptom symptom) => Symptoms.Contains(symptom);

    public bool Has(ChronicCondition condition) => ChronicConditions.Contains(condition);

    public PatientGroup Group => Patient.Group;
}
