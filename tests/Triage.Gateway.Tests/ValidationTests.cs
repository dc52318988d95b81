using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Triage.Contracts.V1;
using Triage.Testing;

namespace Triage.Gateway.Tests;

/// <summary>Every field rule, through the real gRPC endpoint: InvalidArgument naming the field and its range, nothing stored.</summary>
public sealed class ValidationTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    public static TheoryData<string, string, string> Violations => new()
    {
        { "client_case_id not a UUID", "case.client_case_id", "must be a UUID" },
        { "clinic_id empty", "case.clinic_id", "letters, digits" },
        { "recorded_at missing", "case.recorded_at", "required" },
        { "recorded_at in the future", "case.recorded_at", "must be between" },
        { "patient missing", "case.patient", "required" },
        { "age 124", "case.patient.age_years", "between 0 and 123 years" },
        { "age negative", "case.patient.age_years", "between 0 and 123 years" },
        { "age NaN", "case.patient.age_years", "between 0 and 123 years" },
        { "gestation without pregnancy", "case.patient.gestation_weeks", "absent unless pregnant" },
        { "gestation 46 weeks", "case.patient.gestation_weeks", "between 1 and 45 weeks" },
        { "pregnant man", "case.patient.pregnant", "must be false when sex is MALE" },
        { "pregnant at 4", "case.patient.pregnant", "ages 5–75" },
        { "unknown sex", "case.patient.sex", "must be one of" },
        { "unknown insurance", "case.patient.insurance", "must be one of" },
        { "unknown social category", "case.patient.social_category", "must be one of" },
        { "patient_ref too long", "case.patient.patient_ref", "at most 64 characters" },
        { "respiratory rate 121", "case.vitals.respiratory_rate", "between 0 and 120 breaths/min" },
        { "respiratory rate negative", "case.vitals.respiratory_rate", "between 0 and 120 breaths/min" },
        { "SpO2 9", "case.vitals.spo2_percent", "between 10 and 100 %" },
        { "SpO2 101", "case.vitals.spo2_percent", "between 10 and 100 %" },
        { "heart rate 9", "case.vitals.heart_rate", "between 10 and 350 beats/min" },
        { "heart rate 351", "case.vitals.heart_rate", "between 10 and 350 beats/min" },
        { "systolic 19", "case.vitals.systolic_bp", "between 20 and 300 mmHg" },
        { "systolic 301", "case.vitals.systolic_bp", "between 20 and 300 mmHg" },
        { "diastolic 9", "case.vitals.diastolic_bp", "between 10 and 290 mmHg" },
        { "diastolic not below systolic", "case.vitals.diastolic_bp", "below systolic_bp" },
        { "diastolic without systolic", "case.vitals.systolic_bp", "required when diastolic_bp" },
        { "temperature 12.9", "case.vitals.temperature_c", "between 13 and 47 °C" },
        { "temperature 60", "case.vitals.temperature_c", "between 13 and 47 °C" },
        { "glucose 0.05", "case.vitals.blood_glucose_mmol_l", "between 0.1 and 150 mmol/L" },
        { "glucose 150.1", "case.vitals.blood_glucose_mmol_l", "between 0.1 and 150 mmol/L" },
        { "pain 11", "case.vitals.pain_score", "between 0 and 10" },
        { "unknown pain scale", "case.vitals.pain_scale", "must be one of" },
        { "unknown consciousness", "case.vitals.consciousness", "must be one of" },
        { "unknown symptom", "case.symptoms[1]", "known Symptom" },
        { "unspecified symptom", "case.symptoms[1]", "known Symptom" },
        { "unknown chronic condition", "case.chronic_conditions[0]", "known ChronicCondition" },
        { "complaint too long", "case.complaint", "at most 2000 characters" },
        { "unsupported language", "case.language", "must be one of kk, ru, en" },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public async Task A_bad_field_is_refused_with_its_name_and_allowed_range(string change, string field, string description)
    {
        var report = SampleCases.HealthyAdult(Changes[change]);
        var casesBefore = await gateway.Host.CountAsync("Cases");

        var error = await Assert.ThrowsAsync<RpcException>(() => gateway.Host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.BadRequestViolations(), v => v.Field == field);
        Assert.Contains(description, violation.Description);
        Assert.Equal(casesBefore, await gateway.Host.CountAsync("Cases"));
    }

    [Fact]
    public async Task Every_violation_of_a_case_is_listed_at_once()
    {
        var report = SampleCases.HealthyAdult(c =>
        {
            c.Vitals.RespiratoryRate = 200;
            c.Vitals.Spo2Percent = 5;
            c.Patient.AgeYears = 300;
        });

        var error = await Assert.ThrowsAsync<RpcException>(() => gateway.Host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report }).ResponseAsync);

        Assert.Equal(
            ["case.patient.age_years", "case.vitals.respiratory_rate", "case.vitals.spo2_percent"],
            error.BadRequestViolations().Select(v => v.Field).Order());
    }

    [Fact]
    public async Task A_request_without_a_case_is_refused()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => gateway.Host.Intake.SubmitCaseAsync(new SubmitCaseRequest()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("case", Assert.Single(error.BadRequestViolations()).Field);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.08)]
    [InlineData(122.5)]
    public async Task Extreme_but_possible_ages_are_accepted(double age)
    {
        var report = SampleCases.HealthyAdult(c => c.Patient.AgeYears = age);

        var response = await gateway.Host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report });

        Assert.False(response.Duplicate);
    }

    [Theory]
    [InlineData(30, 20, 95)]
    [InlineData(110, 70, 25)]
    [InlineData(60, 15, 95)]
    public async Task A_dying_patients_real_readings_are_accepted_and_make_it_an_emergency(int systolic, int diastolic, int spo2)
    {
        var report = SampleCases.HealthyAdult(c => (c.Vitals.SystolicBp, c.Vitals.DiastolicBp, c.Vitals.Spo2Percent) = (systolic, diastolic, spo2));

        var response = await gateway.Host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report });

        Assert.Equal(ReferralLevel.Emergency, response.Result.ReferralLevel);
    }

    private static readonly Dictionary<string, Action<CaseReport>> Changes = new()
    {
        ["client_case_id not a UUID"] = c => c.ClientCaseId = "case-42",
        ["clinic_id empty"] = c => c.ClinicId = "",
        ["recorded_at missing"] = c => c.RecordedAt = null,
        ["recorded_at in the future"] = c => c.RecordedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(2)),
        ["patient missing"] = c => c.Patient = null,
        ["age 124"] = c => c.Patient.AgeYears = 124,
        ["age negative"] = c => c.Patient.AgeYears = -1,
        ["age NaN"] = c => c.Patient.AgeYears = double.NaN,
        ["gestation without pregnancy"] = c => c.Patient.GestationWeeks = 20,
        ["gestation 46 weeks"] = c => (c.Patient.Pregnant, c.Patient.GestationWeeks) = (true, 46),
        ["pregnant man"] = c => (c.Patient.Pregnant, c.Patient.Sex) = (true, Sex.Male),
        ["pregnant at 4"] = c => (c.Patient.Pregnant, c.Patient.AgeYears) = (true, 4),
        ["unknown sex"] = c => c.Patient.Sex = (Sex)7,
        ["unknown insurance"] = c => c.Patient.Insurance = (InsuranceStatus)9,
        ["unknown social category"] = c => c.Patient.SocialCategory = (SocialCategory)6,
        ["patient_ref too long"] = c => c.Patient.PatientRef = new string('x', 65),
        ["respiratory rate 121"] = c => c.Vitals.RespiratoryRate = 121,
        ["respiratory rate negative"] = c => c.Vitals.RespiratoryRate = -1,
        ["SpO2 9"] = c => c.Vitals.Spo2Percent = 9,
        ["SpO2 101"] = c => c.Vitals.Spo2Percent = 101,
        ["heart rate 9"] = c => c.Vitals.HeartRate = 9,
        ["heart rate 351"] = c => c.Vitals.HeartRate = 351,
        ["systolic 19"] = c => (c.Vitals.SystolicBp, c.Vitals.DiastolicBp) = (19, 12),
        ["systolic 301"] = c => c.Vitals.SystolicBp = 301,
        ["diastolic 9"] = c => c.Vitals.DiastolicBp = 9,
        ["diastolic not below systolic"] = c => c.Vitals.DiastolicBp = 125,
        ["diastolic without systolic"] = c => c.Vitals.ClearSystolicBp(),
        ["temperature 12.9"] = c => c.Vitals.TemperatureC = 12.9,
        ["temperature 60"] = c => c.Vitals.TemperatureC = 60,
        ["glucose 0.05"] = c => c.Vitals.BloodGlucoseMmolL = 0.05,
        ["glucose 150.1"] = c => c.Vitals.BloodGlucoseMmolL = 150.1,
        ["pain 11"] = c => (c.Vitals.PainScore, c.Vitals.PainScale) = (11, PainScale.NumericRating),
        ["unknown pain scale"] = c => (c.Vitals.PainScore, c.Vitals.PainScale) = (5, (PainScale)9),
        ["unknown consciousness"] = c => c.Vitals.Consciousness = (Consciousness)12,
        ["unknown symptom"] = c => c.Symptoms.Add((Symptom)999),
        ["unspecified symptom"] = c => c.Symptoms.Add(Symptom.Unspecified),
        ["unknown chronic condition"] = c => c.ChronicConditions.Add((ChronicCondition)999),
        ["complaint too long"] = c => c.Complaint = new string('a', 2001),
        ["unsupported language"] = c => c.Language = "de",
    };
}
