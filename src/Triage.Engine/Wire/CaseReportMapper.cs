using Triage.Contracts.V1;
using Triage.Engine.Cases;

namespace Triage.Engine.Wire;

/// <summary>
/// Turns the engine's case model back into a wire report, the reverse of <see cref="ClinicalCaseMapper"/>. Only the
/// clinical facts travel: who reports the case, where, when and for which patient (client_case_id, clinic_id,
/// recorded_at, patient_ref) is the sender's to fill in.
/// </summary>
public static class CaseReportMapper
{
    public static CaseReport ToCaseReport(this ClinicalCase clinicalCase)
    {
        var (p, v) = (clinicalCase.Patient, clinicalCase.Vitals);
        var patient = new Patient { Sex = p.Sex, Pregnant = p.Pregnant, Insurance = p.Insurance, SocialCategory = p.SocialCategory };
        if (p.AgeYears is { } age) patient.AgeYears = age;
        if (p.GestationWeeks is { } weeks) patient.GestationWeeks = weeks;

        var vitals = new Vitals
        {
            OnSupplementalOxygen = v.OnSupplementalOxygen,
            HypercapnicRespiratoryFailure = v.HypercapnicRespiratoryFailure,
            Consciousness = v.Consciousness,
            PainScale = v.PainScale,
        };
        foreach (var sign in VitalSignCatalogue.Measured)
        {
            if (sign.Read(v) is { } value) WireVitals.Set(vitals, sign, value);
        }

        // Sets have no order; sorted codes make the same case the same bytes on the wire.
        var report = new CaseReport { Patient = patient, Vitals = vitals, Language = clinicalCase.Language };
        report.Symptoms.AddRange(clinicalCase.Symptoms.Order());
        report.ChronicConditions.AddRange(clinicalCase.ChronicConditions.Order());
        return report;
    }
}
