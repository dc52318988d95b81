using Triage.Contracts.V1;

namespace Triage.Cohort;

/// <summary>How likely an archetype shows a symptom, from its mildest (severity 0) to its worst (severity 1) form.</summary>
internal sealed record SymptomOdds(Symptom Symptom, double Mild, double Severe)
{
    public double At(double severity) => Mild + (Severe - Mild) * severity;
}
