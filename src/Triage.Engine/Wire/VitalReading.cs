namespace Triage.Engine.Wire;

/// <summary>How a reading sits within its sign's possible range and usual band (<see cref="Cases.VitalSign.Check"/>).</summary>
public enum VitalReading
{
    /// <summary>Within the usual band: taken as entered.</summary>
    Usual,

    /// <summary>Possible but rare: ask the person entering it to confirm, then accept it.</summary>
    Extreme,

    /// <summary>Not a reading a living patient or a bedside device can give: refused.</summary>
    Impossible,
}
