using Triage.Engine.Cases;
using Google.Protobuf.WellKnownTypes;
using Triage.Contracts.V1;
using Triage.Engine.Tests.Clinical;
using Triage.Engine.Wire;

namespace Triage.Engine.Tests.Wire;

/// <summary>The form refuses only what no living patient shows; a dying patient's readings go through and count.</summary>
public sealed class CaseBoundsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, Action<Vitals>> Readings = new()
    {
        ["systolic 30"] = v => (v.SystolicBp, v.DiastolicBp) = (30, 20),
        ["SpO2 25 %"] = v => v.Spo2Percent = 25,
        ["diastolic 15"] = v => (v.SystolicBp, v.DiastolicBp) = (60, 15),
        ["SpO2 101"] = v => v.Spo2Percent = 101,
        ["negative breathing rate"] = v => v.RespiratoryRate = -1,
        ["temperature 60"] = v => v.TemperatureC = 60,
    };

    [Theory]
    [InlineData("systolic 30")]
    [InlineData("SpO2 25 %")]
    [InlineData("diastolic 15")]
    public void A_dying_patients_real_reading_is_accepted_and_makes_it_an_emergency(string reading)
    {
        var report = Report(Readings[reading]);

        Assert.Empty(CaseReportValidator.Validate(report, Now));
        Assert.Equal(ReferralLevel.Emergency, Engines.Default.Assess(report.ToClinicalCase()).Level);
    }

    [Theory]
    [InlineData("SpO2 101", "case.vitals.spo2_percent", "must be between 10 and 100 %; got 101")]
    [InlineData("negative breathing rate", "case.vitals.respiratory_rate", "must be between 0 and 120 breaths/min; got -1")]
    [InlineData("temperature 60", "case.vitals.temperature_c", "must be between 13 and 47 °C; got 60")]
    public void An_impossible_value_is_refused_naming_the_field_and_its_range(string reading, string field, string description)
    {
        var violation = Assert.Single(CaseReportValidator.Validate(Report(Readings[reading]), Now));

        Assert.Equal(field, violation.Field);
        Assert.Equal(description, violation.Description);
    }

    [Theory]
    [InlineData(98, VitalReading.Usual)]
    [InlineData(25, VitalReading.Extreme)]
    [InlineData(10, VitalReading.Extreme)]
    [InlineData(9, VitalReading.Impossible)]
    [InlineData(double.NaN, VitalReading.Impossible)]
    public void A_reading_outside_the_usual_band_but_possible_asks_for_confirmation(double spo2, VitalReading expected) =>
        Assert.Equal(expected, VitalSignCatalogue.Spo2Percent.Check(spo2));

    [Fact]
    public void Every_usual_band_lies_within_what_is_possible() =>
        Assert.All(VitalSignCatalogue.Measured, v => Assert.True(v.Possible!.Min <= v.Usual!.Min && v.Usual.Max <= v.Possible.Max, v.Field));

    private static CaseReport Report(Action<Vitals> change)
    {
        var report = CaseBuilder.Adult(60).Build().ToCaseReport();
        report.ClientCaseId = "3f2b8c1e-6a47-4d0c-9a51-2b7e1f0c9d84";
        report.ClinicId = "KZ-ZHA-KOR-01";
        report.RecordedAt = Timestamp.FromDateTimeOffset(Now.AddMinutes(-5));
        change(report.Vitals);
        return report;
    }
}
