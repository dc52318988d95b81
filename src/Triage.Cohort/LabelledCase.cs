using Triage.Engine.Cases;

namespace Triage.Cohort;

/// <summary>A case with what happened next.</summary>
/// <param name="SeriousOutcome">Death, ICU admission or emergency transfer within 48 h.</param>
/// <param name="Archetype">The generator's disease archetype; empty for real data.</param>
public sealed record LabelledCase(ClinicalCase Case, bool SeriousOutcome, string Archetype);
