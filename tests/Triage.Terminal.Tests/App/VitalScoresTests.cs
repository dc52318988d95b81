using System.Text.Json;
using Triage.Terminal.App.Entry;
using Triage.Testing;

namespace Triage.Terminal.Tests.App;

/// <summary>The colour each vital gets as it is typed comes from the rules that will assess the case.</summary>
public sealed class VitalScoresTests
{
    [Fact]
    public void A_four_month_old_in_shock_has_every_measured_vital_marked_outside_its_band()
    {
        var scores = ScoresOf(SampleCases.HealthyAdult(c =>
        {
            c.Patient.AgeYears = 4.0 / 12;
            (c.Vitals.RespiratoryRate, c.Vitals.Spo2Percent, c.Vitals.SystolicBp, c.Vitals.HeartRate, c.Vitals.TemperatureC) = (75, 86, 62, 200, 39.4);
        }));

        Assert.Equal(3, scores.GetProperty("case.vitals.respiratory_rate").GetInt32());
        Assert.Equal(3, scores.GetProperty("case.vitals.spo2_percent").GetInt32());
        Assert.Equal(3, scores.GetProperty("case.vitals.systolic_bp").GetInt32());
        Assert.Equal(3, scores.GetProperty("case.vitals.heart_rate").GetInt32());
        Assert.Equal(3, scores.GetProperty("case.vitals.temperature_c").GetInt32());
    }

    [Fact]
    public void A_well_six_year_old_has_every_vital_inside_its_band_and_what_was_not_measured_has_no_mark()
    {
        var scores = ScoresOf(SampleCases.HealthyAdult(c =>
        {
            c.Patient.AgeYears = 6;
            (c.Vitals.RespiratoryRate, c.Vitals.Spo2Percent, c.Vitals.SystolicBp, c.Vitals.HeartRate) = (22, 98, 100, 95);
            c.Vitals.ClearTemperatureC();
        }));

        Assert.Equal(0, scores.GetProperty("case.vitals.respiratory_rate").GetInt32());
        Assert.Equal(0, scores.GetProperty("case.vitals.spo2_percent").GetInt32());
        Assert.Equal(0, scores.GetProperty("case.vitals.systolic_bp").GetInt32());
        Assert.Equal(0, scores.GetProperty("case.vitals.heart_rate").GetInt32());
        Assert.Equal(JsonValueKind.Null, scores.GetProperty("case.vitals.temperature_c").ValueKind);
    }

    private static JsonElement ScoresOf(Triage.Contracts.V1.CaseReport draft) =>
        JsonSerializer.SerializeToElement(VitalScores.For(draft)).GetProperty("scores");
}
