namespace Triage.Data.Consults;

/// <summary>Stored as the proto ConsultStatus numbers.</summary>
public enum ConsultState
{
    Open = 1,
    Claimed = 2,
    Concluded = 3,
}
