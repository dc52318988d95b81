namespace Triage.Engine.Cases;

/// <summary>A LOINC code with its display name, as an export writes it.</summary>
public sealed record LoincCode(string Code, string Display);
