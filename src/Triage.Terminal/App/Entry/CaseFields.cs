using Triage.Contracts.V1;
using Triage.Engine.Wire;

namespace Triage.Terminal.App.Entry;

/// <summary>The numeric fields of a case by their path in the request, as the engine's validator names them, with their bounds.</summary>
public static class CaseFields
{
    public const string AgeYears = "case.patient.age_years";
    public const string GestationWeeks = "case.patient.gestation_weeks";
    public const string RespiratoryRate = "case.vitals.respiratory_rate";
    public const string Spo2Percent = "case.vitals.spo2_percent";
    public const string SystolicBp = "case.vitals.systolic_bp";
    public const string DiastolicBp = "case.vitals.diastolic_bp";
    public const string HeartRate = "case.vitals.heart_rate";
    public const string TemperatureC = "case.vitals.temperature_c";
    public const string BloodGlucoseMmolL = "case.vitals.blood_glucose_mmol_l";
    public const string PainScore = "case.vitals.pain_score";

    /// <summary>The engine's bounds; the page checks as it is typed, the engine's validator decides.</summary>
    public static readonly IReadOnlyDictionary<string, AllowedRange> Bounds = new Dictionary<string, AllowedRange>
    {
        [AgeYears] = CaseBounds.AgeYears,
        [GestationWeeks] = CaseBounds.GestationWeeks,
        [RespiratoryRate] = CaseBounds.RespiratoryRate,
        [Spo2Percent] = CaseBounds.Spo2Percent,
        [SystolicBp] = CaseBounds.SystolicBp,
        [DiastolicBp] = CaseBounds.DiastolicBp,
        [HeartRate] = CaseBounds.HeartRate,
        [TemperatureC] = CaseBounds.TemperatureC,
        [BloodGlucoseMmolL] = CaseBounds.BloodGlucoseMmolL,
        [PainScore] = CaseBounds.PainScore,
    };

    /// <summary>The numeric values a report carries, by field.</summary>
    public static IEnumerable<(string Field, double? Value)> ValuesOf(CaseReport report)
    {
        var p = report.Patient ?? new Patient();
        var v = report.Vitals ?? new Vitals();
        yield return (AgeYears, p.HasAgeYears ? p.AgeYears : null);
        yield return (GestationWeeks, p.HasGestationWeeks ? p.GestationWeeks : null);
        yield return (RespiratoryRate, v.HasRespiratoryRate ? v.RespiratoryRate : null);
        yield return (Spo2Percent, v.HasSpo2Percent ? v.Spo2Percent : null);
        yield return (SystolicBp, v.HasSystolicBp ? v.SystolicBp : null);
        yield return (DiastolicBp, v.HasDiastolicBp ? v.DiastolicBp : null);
        yield return (HeartRate, v.HasHeartRate ? v.HeartRate : null);
        yield return (TemperatureC, v.HasTemperatureC ? v.TemperatureC : null);
        yield return (BloodGlucoseMmolL, v.HasBloodGlucoseMmolL ? v.BloodGlucoseMmolL : null);
        yield return (PainScore, v.HasPainScore ? v.PainScore : null);
    }
}
