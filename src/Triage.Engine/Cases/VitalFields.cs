namespace Triage.Engine.Cases;

/// <summary>Wire names of the vital signs, used when a result names what was not measured.</summary>
public static class VitalFields
{
    public const string RespiratoryRate = "respiratory_rate";
    public const string Spo2Percent = "spo2_percent";
    public const string SystolicBp = "systolic_bp";
    public const string DiastolicBp = "diastolic_bp";
    public const string HeartRate = "heart_rate";
    public const string TemperatureC = "temperature_c";
    public const string Consciousness = "consciousness";
    public const string BloodGlucose = "blood_glucose_mmol_l";
    public const string PainScore = "pain_score";

    public static readonly IReadOnlyList<string> All =
        [RespiratoryRate, Spo2Percent, SystolicBp, DiastolicBp, HeartRate, TemperatureC, Consciousness, BloodGlucose, PainScore];
}
