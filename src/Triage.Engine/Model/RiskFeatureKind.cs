namespace Triage.Engine.Model;

/// <summary>How a feature's value reads, which decides how an explanation words it.</summary>
public enum RiskFeatureKind
{
    /// <summary>A number with a unit; NaN when not measured.</summary>
    Measurement,

    /// <summary>1 when present, 0 when not.</summary>
    Flag,

    /// <summary>1 when the measurement it names was not taken.</summary>
    MissingIndicator,
}
