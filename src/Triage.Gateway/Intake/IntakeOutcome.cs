using Triage.Contracts.V1;

namespace Triage.Gateway.Intake;

/// <param name="Duplicate">The case was already stored; the result is the one given then.</param>
public sealed record IntakeOutcome(TriageResult Result, bool Duplicate);
