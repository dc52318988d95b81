using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Localization;

namespace Triage.Engine.Wire;

/// <summary>Turns a validated wire report into the engine's case model.</summary>
public static class ClinicalCaseMapper
{
    public static ClinicalCase ToClinicalCase(this CaseReport report)
    {
        var patient = report.Patient ?? new Patient();
        var vitals = report.Vitals ?? new Vitals();
        return new ClinicalCase(
            new PatientInfo(
                patient.HasAgeYears ? patient.AgeYears : null,
                patient.Sex,
                patient.Pregnant,
                patient.HasGestationWeeks ? patient.GestationWeeks : null,
                patient.Insurance,
                patient.SocialCategory),
            new VitalSigns(
                vitals.HasRespiratoryRate ? vitals.RespiratoryRate : null,
                vitals.HasSpo2Percent ? vitals.Spo2Percent : null,
                vitals.OnSupplementalOxygen,
                vitals.HypercapnicRespiratoryFailure,
                vitals.HasSystolicBp ? vitals.SystolicBp : null,
                vitals.HasDiastolicBp ? vitals.DiastolicBp : null,
                vitals.HasHeartRate ? vitals.HeartRate : null,
                vitals.HasTemperatureC ? vitals.TemperatureC : null,
                vitals.Consciousness,
                vitals.HasBloodGlucoseMmolL ? vitals.BloodGlucoseMmolL : null,
                vitals.HasPainScore ? vitals.PainScore : null,
                vitals.PainScale),
            report.Symptoms.ToHashSet(),
            report.ChronicConditions.ToHashSet(),
            string.IsNullOrEmpty(report.Language) ? Languages.Default : report.Language);
    }
}
