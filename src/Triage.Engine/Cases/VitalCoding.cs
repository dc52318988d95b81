namespace Triage.Engine.Cases;

/// <summary>
/// How a vital sign is exported as a FHIR R4 <c>Observation</c>: its LOINC code, its UCUM unit, the observation
/// category, and the vital-signs profile it follows where HL7 defines one.
/// </summary>
/// <param name="Ucum">The UCUM code of the value's unit (e.g. <c>/min</c>, <c>mm[Hg]</c>, <c>Cel</c>); empty for a coded value.</param>
/// <param name="UnitDisplay">The unit as a person reads it in the exported quantity.</param>
public sealed record VitalCoding(LoincCode Code, string Ucum, string UnitDisplay)
{
    public const string VitalSignsCategory = "vital-signs";

    /// <summary>vital-signs, laboratory or exam (HL7 observation-category).</summary>
    public string Category { get; init; } = VitalSignsCategory;

    /// <summary>The HL7 vital-signs profile (e.g. <c>resprate</c>); null where none applies.</summary>
    public string? Profile { get; init; }

    /// <summary>A second, more specific code the profile allows beside the required one.</summary>
    public LoincCode? AlsoCodedAs { get; init; }

    /// <summary>The panel this reading is a component of (blood pressure), exported as one observation.</summary>
    public VitalPanel? Panel { get; init; }
}
