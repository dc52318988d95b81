namespace Triage.Engine.Wire;

/// <summary>
/// What a vital sign may be: <see cref="Possible"/> is what a living patient can show and a device can report, and
/// anything outside it is refused as a typing error; <see cref="Usual"/> is where almost every reading falls, and a
/// reading outside it is accepted once the person entering it has confirmed it, since the dying show such values.
/// </summary>
/// <param name="Field">The wire name of the vital sign, as in <see cref="Cases.VitalFields"/>.</param>
public sealed record VitalLimits(string Field, AllowedRange Possible, AllowedRange Usual)
{
    public VitalReading Check(double value) =>
        !double.IsFinite(value) || !Possible.Contains(value) ? VitalReading.Impossible
        : Usual.Contains(value) ? VitalReading.Usual
        : VitalReading.Extreme;
}
