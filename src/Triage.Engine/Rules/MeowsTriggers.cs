using Triage.Contracts.V1;
using Triage.Engine.Cases;

namespace Triage.Engine.Rules;

/// <summary>
/// Modified early obstetric warning system (MEOWS) trigger thresholds as validated by Singh et al., Anaesthesia 2012
/// (the CEMACH 2007 chart). Red: RR &lt; 10 or &gt; 30, SpO2 &lt; 95 %, temperature &lt; 35 or &gt; 38 °C, systolic &lt; 90 or
/// &gt; 160, diastolic &gt; 100, pulse &lt; 40 or &gt; 120, responds to pain or unresponsive. Yellow: RR 21–30, temperature
/// 35–36 °C, systolic 150–160 or 90–100, diastolic 90–100, pulse 100–120 or 40–50, responds to voice or new confusion.
/// One red or two yellow triggers call for urgent review.
/// </summary>
public static class MeowsTriggers
{
    public static int Red(VitalSigns v) => Count(
        v.RespiratoryRate is < 10 or > 30,
        v.Spo2Percent < 95,
        v.TemperatureC is < 35 or > 38,
        v.SystolicBp is < 90 or > 160,
        v.DiastolicBp > 100,
        v.HeartRate is < 40 or > 120,
        v.Consciousness is Consciousness.Pain or Consciousness.Unresponsive);

    public static int Yellow(VitalSigns v) => Count(
        v.RespiratoryRate is >= 21 and <= 30,
        v.TemperatureC is >= 35 and <= 36,
        v.SystolicBp is (>= 150 and <= 160) or (>= 90 and <= 100),
        v.DiastolicBp is >= 90 and <= 100,
        v.HeartRate is (>= 100 and <= 120) or (>= 40 and <= 50),
        v.Consciousness is Consciousness.Voice or Consciousness.NewConfusion);

    private static int Count(params bool[] triggers) => triggers.Count(t => t);
}
