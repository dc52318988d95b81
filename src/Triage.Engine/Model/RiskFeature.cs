namespace Triage.Engine.Model;

/// <summary>One model input as the manifest names it.</summary>
/// <param name="Name">Stable snake_case name; also the key of its label in ModelTexts.resx.</param>
/// <param name="Unit">The unit the value is in ("flag" for 0/1 features).</param>
/// <param name="Measures">For a missing indicator, the feature whose absence it flags.</param>
public sealed record RiskFeature(string Name, string Unit, RiskFeatureKind Kind, string? Measures = null);
