using Triage.Contracts.V1;

namespace Triage.Engine.Coverage;

/// <summary>Whether the suggested care is paid for this patient, and why, in the case's language.</summary>
public sealed record CoverageNote(string Code, CoverageStatus Status, string Text);
