namespace Triage.Engine.Wire;

/// <summary>One invalid field: its path in the request (e.g. case.vitals.respiratory_rate) and what is allowed.</summary>
public sealed record FieldViolation(string Field, string Description);
