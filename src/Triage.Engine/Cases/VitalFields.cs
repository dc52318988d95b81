namespace Triage.Engine.Cases;

/// <summary>Wire names of the vital signs that rules and scores name; each sign itself is described in <see cref="VitalSignCatalogue"/>.</summary>
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
}
