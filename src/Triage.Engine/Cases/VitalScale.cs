namespace Triage.Engine.Cases;

/// <summary>How a vital sign is written down, which decides how it is typed, checked and shown.</summary>
public enum VitalScale
{
    /// <summary>A count or a pressure: whole numbers only (breaths, beats, mmHg, %, points).</summary>
    WholeNumber,

    /// <summary>A measured quantity read to one decimal (°C, mmol/L).</summary>
    Decimal,

    /// <summary>The ACVPU level of consciousness: a choice, not a number; read as its step for the model.</summary>
    Acvpu,
}
