using Triage.Cohort;
using Triage.Contracts.V1;

namespace Triage.Terminal.Simulation;

/// <summary>A simulated case as sent, with what the synthetic cohort says became of the patient.</summary>
public sealed record SimulatedCase(CaseReport Report, LabelledCase Truth);
