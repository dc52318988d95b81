namespace Triage.Engine.Wire;

/// <summary>A case that breaks one or more field rules; carries every violation, not just the first.</summary>
public sealed class CaseValidationException(IReadOnlyList<FieldViolation> violations)
    : Exception("Invalid case: " + string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}")))
{
    public IReadOnlyList<FieldViolation> Violations { get; } = violations;
}
