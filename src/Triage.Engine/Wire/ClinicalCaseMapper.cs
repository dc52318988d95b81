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
        return new ClinicalCase(
            new PatientInfo(
                patient.HasAgeYears ? patient.AgeYears : null,
                patient.Sex,
                patient.Pregnant,
                patient.HasGestationWeeks ? patient.GestationWeeks : null,
                patient.Insurance,
                patient.SocialCategory),
            ToVitalSigns(report.Vitals ?? new Vitals()),
            report.Symptoms.ToHashSet(),
            report.ChronicConditions.ToHashSet(),
            string.IsNullOrEmpty(report.Language) ? Languages.Default : report.Language);
    }

    private static VitalSigns ToVitalSigns(Vitals vitals)
    {
        var signs = new VitalSigns(
            OnSupplementalOxygen: vitals.OnSupplementalOxygen,
            HypercapnicRespiratoryFailure: vitals.HypercapnicRespiratoryFailure,
            Consciousness: vitals.Consciousness,
            PainScale: vitals.PainScale);
        foreach (var sign in VitalSignCatalogue.Measured)
        {
            if (WireVitals.Get(vitals, sign) is { } value) signs = sign.Write(signs, value);
        }

        return signs;
    }
}
