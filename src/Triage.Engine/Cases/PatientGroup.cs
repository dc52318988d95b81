namespace Triage.Engine.Cases;

/// <summary>Which rule family applies to a patient.</summary>
public enum PatientGroup
{
    /// <summary>16 or older and not pregnant, or age unknown: NEWS2 applies.</summary>
    Adult,
    Child,
    Pregnant,
}
