using Triage.Engine.Cases;

namespace Triage.Engine.Wire;

/// <summary>
/// Each vital sign's possible range (<see cref="CaseBounds"/>) with the usual band where almost every reading
/// falls. A form asks "are you sure?" for a reading outside the usual band and then accepts it.
/// </summary>
public static class VitalBands
{
    /// <summary>Down to a rate that is apnoea in all but name; up to the fastest rates of ill infants.</summary>
    public static readonly VitalLimits RespiratoryRate = new(VitalFields.RespiratoryRate, CaseBounds.RespiratoryRate, new(6, 70, " breaths/min"));

    /// <summary>Oximeters are validated only over 70–100 % (ISO 80601-2-61:2017, accuracy range).</summary>
    public static readonly VitalLimits Spo2Percent = new(VitalFields.Spo2Percent, CaseBounds.Spo2Percent, new(70, 100, " %"));

    /// <summary>From below the PALS limit of a newborn (60 mmHg, AHA PALS 2020) to hypertensive emergencies.</summary>
    public static readonly VitalLimits SystolicBp = new(VitalFields.SystolicBp, CaseBounds.SystolicBp, new(50, 250, " mmHg"));

    public static readonly VitalLimits DiastolicBp = new(VitalFields.DiastolicBp, CaseBounds.DiastolicBp, new(30, 150, " mmHg"));

    /// <summary>From the MET calling criterion for bradycardia (40, MERIT 2005) minus a margin, to infant SVT.</summary>
    public static readonly VitalLimits HeartRate = new(VitalFields.HeartRate, CaseBounds.HeartRate, new(30, 220, " beats/min"));

    /// <summary>What clinical thermometers read reliably (EN 12470 requires at least 35.5–42 °C; low-reading ones go to 32 °C).</summary>
    public static readonly VitalLimits TemperatureC = new(VitalFields.TemperatureC, CaseBounds.TemperatureC, new(32, 42, " °C"));

    /// <summary>A glucose meter's usual reporting range, 20–600 mg/dL; meters show "LO" or "HI" beyond it.</summary>
    public static readonly VitalLimits BloodGlucoseMmolL = new(VitalFields.BloodGlucose, CaseBounds.BloodGlucoseMmolL, new(1.1, 33.3, " mmol/L"));

    /// <summary>Every score on a 0–10 pain scale is usual.</summary>
    public static readonly VitalLimits PainScore = new(VitalFields.PainScore, CaseBounds.PainScore, CaseBounds.PainScore);

    /// <summary>Every measured vital sign, for a form that checks readings as they are typed.</summary>
    public static readonly IReadOnlyList<VitalLimits> All =
        [RespiratoryRate, Spo2Percent, SystolicBp, DiastolicBp, HeartRate, TemperatureC, BloodGlucoseMmolL, PainScore];
}
