using Triage.Contracts.V1;

namespace Triage.Terminal.Cases;

/// <summary>One line of a JSON-lines case file: the parsed report, or why it could not be parsed.</summary>
public sealed record CaseLine(int Number, CaseReport? Report, string? Error);
