using Triage.Contracts.V1;

namespace Triage.Engine.Cases;

/// <summary>Bedside observations; null means "not measured", never zero.</summary>
public sealed record VitalSigns(
    int? RespiratoryRate = null,
    int? Spo2Percent = null,
    bool OnSupplementalOxygen = false,
    bool HypercapnicRespiratoryFailure = false,
    int? SystolicBp = null,
    int? DiastolicBp = null,
    int? HeartRate = null,
    double? TemperatureC = null,
    Consciousness Consciousness = Consciousness.Unspecified,
    double? BloodGlucoseMmolL = null,
    int? PainScore = null,
    PainScale PainScale = PainScale.Unspecified)
{
    public bool ConsciousnessAssessed => Consciousness != Consciousness.Unspecified;

    /// <summary>Anything other than Alert: new confusion, or responds only to voice or pain, or unresponsive.</summary>
    public bool ReducedConsciousness => ConsciousnessAssessed && Consciousness != Consciousness.Alert;

    /// <summary>Severe pain, 7-10 on a 0-10 scale (SATS 2012 and most triage scales put severe pain in the urgent band).</summary>
    public bool SeverePain => PainScore >= 7;
}
