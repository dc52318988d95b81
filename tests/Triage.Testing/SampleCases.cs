using Google.Protobuf.WellKnownTypes;
using Triage.Contracts.V1;

namespace Triage.Testing;

/// <summary>Valid case reports to start from; tests change the one thing they are about.</summary>
public static class SampleCases
{
    public const string KnownClinic = "KZ-ZHA-KOR-01";

    /// <summary>A healthy adult with a full set of normal observations: NEWS2 0.</summary>
    public static CaseReport HealthyAdult(Action<CaseReport>? change = null)
    {
        var report = new CaseReport
        {
            ClientCaseId = Guid.NewGuid().ToString(),
            ClinicId = KnownClinic,
            RecordedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-30)),
            Patient = new Patient { AgeYears = 45, Sex = Sex.Female, Insurance = InsuranceStatus.Insured, SocialCategory = SocialCategory.C, PatientRef = "KOR01-TEST" },
            Vitals = new Vitals
            {
                RespiratoryRate = 16,
                Spo2Percent = 98,
                SystolicBp = 125,
                DiastolicBp = 80,
                HeartRate = 72,
                TemperatureC = 36.8,
                Consciousness = Consciousness.Alert,
            },
            Symptoms = { Symptom.SoreThroat },
            Complaint = "Sore throat",
            Language = "en",
        };
        change?.Invoke(report);
        return report;
    }

    /// <summary>An adult in shock and hypoxic (NEWS2 9): an emergency on any rule set, with no symptom steering the specialty.</summary>
    public static CaseReport EmergencyAdult(Action<CaseReport>? change = null) => HealthyAdult(c =>
    {
        (c.Vitals.RespiratoryRate, c.Vitals.Spo2Percent, c.Vitals.SystolicBp, c.Vitals.DiastolicBp) = (25, 91, 90, 60);
        c.Symptoms.Clear();
        c.Complaint = "Collapsed at home";
        change?.Invoke(c);
    });
}
