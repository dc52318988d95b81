using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Wire;

namespace Triage.Engine.Tests.Wire;

public sealed class CaseReportMapperTests
{
    [Fact]
    public void A_clinical_case_survives_the_trip_to_the_wire_and_back()
    {
        var original = new ClinicalCase(
            new PatientInfo(0.25, Sex.Female, false, null, InsuranceStatus.Uninsured, SocialCategory.D),
            new VitalSigns(RespiratoryRate: 52, Spo2Percent: 91, HeartRate: 170, TemperatureC: 38.9, Consciousness: Consciousness.Voice),
            new HashSet<Symptom> { Symptom.Fever, Symptom.Cough, Symptom.ChestIndrawing },
            new HashSet<ChronicCondition> { ChronicCondition.Anaemia },
            "kk");

        var back = original.ToCaseReport().ToClinicalCase();

        Assert.Equal(original.Patient, back.Patient);
        Assert.Equal(original.Vitals, back.Vitals);
        Assert.True(original.Symptoms.SetEquals(back.Symptoms));
        Assert.True(original.ChronicConditions.SetEquals(back.ChronicConditions));
        Assert.Equal("kk", back.Language);
    }

    [Fact]
    public void What_was_not_measured_stays_unmeasured_rather_than_zero()
    {
        var report = new ClinicalCase(
            new PatientInfo(null, Sex.Male, false, null, InsuranceStatus.Insured, SocialCategory.Unspecified),
            new VitalSigns(HeartRate: 88),
            new HashSet<Symptom>(),
            new HashSet<ChronicCondition>(),
            "ru").ToCaseReport();

        Assert.False(report.Patient.HasAgeYears);
        Assert.False(report.Vitals.HasSpo2Percent);
        Assert.False(report.Vitals.HasSystolicBp);
        Assert.False(report.Vitals.HasBloodGlucoseMmolL);
        Assert.Equal(88, report.Vitals.HeartRate);
        Assert.Equal(Consciousness.Unspecified, report.Vitals.Consciousness);
    }

    [Fact]
    public void A_wire_report_maps_back_to_the_same_clinical_fields()
    {
        var sent = new CaseReport
        {
            Patient = new Patient { AgeYears = 31, Sex = Sex.Female, Pregnant = true, GestationWeeks = 34, Insurance = InsuranceStatus.Insured, SocialCategory = SocialCategory.B },
            Vitals = new Vitals { RespiratoryRate = 18, Spo2Percent = 98, SystolicBp = 162, DiastolicBp = 112, HeartRate = 96, TemperatureC = 36.9, Consciousness = Consciousness.Alert, BloodGlucoseMmolL = 5.1 },
            Symptoms = { Symptom.VisualDisturbance, Symptom.Headache },
            ChronicConditions = { ChronicCondition.Hypertension },
            Language = "en",
        };

        var again = sent.ToClinicalCase().ToCaseReport();

        Assert.Equal(sent.Patient, again.Patient);
        Assert.Equal(sent.Vitals, again.Vitals);
        Assert.Equal(sent.Symptoms.Order(), again.Symptoms);
        Assert.Equal(sent.ChronicConditions, again.ChronicConditions);
        Assert.Equal("en", again.Language);
    }
}
