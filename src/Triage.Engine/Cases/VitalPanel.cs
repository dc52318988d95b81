namespace Triage.Engine.Cases;

/// <summary>An observation whose components are several vital signs, e.g. the blood pressure panel (85354-9).</summary>
public sealed record VitalPanel(LoincCode Code, string Profile);
