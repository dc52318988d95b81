using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Model;
using Triage.Engine.Tests.Clinical;

namespace Triage.Engine.Tests.Model;

/// <summary>A reading that was not taken is not risk: the level stays where normal readings would put it, and the result says what to measure.</summary>
public sealed class MissingMeasurementTests
{
    private static readonly Lazy<TriageEngine> WithModel = new(() => TriageEngine.CreateDefault(model: OnnxRiskModel.LoadShipped()));

    public static TheoryData<string, Symptom[]> BenignPresentations => new()
    {
        { "sore throat", [Symptom.SoreThroat] },
        { "constipation", [Symptom.Constipation] },
        { "insect sting", [Symptom.InsectSting] },
        { "mouth ulcers", [Symptom.MouthUlcers] },
        { "runny nose and cough", [Symptom.RunnyNose, Symptom.Cough] },
    };

    [Theory]
    [MemberData(nameof(BenignPresentations))]
    public void The_same_benign_presentation_gets_the_same_level_with_and_without_normal_vital_signs(string name, Symptom[] symptoms)
    {
        var unmeasured = CaseBuilder.Adult(34).With(symptoms).WithVitals(_ => new VitalSigns()).Build();
        var normal = CaseBuilder.Adult(34).With(symptoms)
            .WithVitals(v => v with { RespiratoryRate = 16, Spo2Percent = 98, SystolicBp = 122, DiastolicBp = 76, HeartRate = 72, TemperatureC = 36.7, Consciousness = Consciousness.Alert })
            .Build();

        var without = WithModel.Value.Assess(unmeasured);
        var with = WithModel.Value.Assess(normal);

        Assert.Equal(with.Level, without.Level);
        Assert.Equal(ReferralLevel.TreatLocally, without.Level);
        Assert.True(without.Risk <= with.Risk + 1e-6, $"{name}: risk {without.Risk} without readings is above {with.Risk} with normal ones");
    }

    [Fact]
    public void An_unmeasured_case_names_the_readings_that_could_change_the_decision_in_its_language()
    {
        var unmeasured = CaseBuilder.Adult(60).With(Symptom.Cough, Symptom.Fever).WithVitals(_ => new VitalSigns()).Build() with { Language = "ru" };

        var result = WithModel.Value.Assess(unmeasured);

        Assert.Contains(VitalFieldsUnderTest.Spo2, result.MeasureNext);
        Assert.Contains(VitalFieldsUnderTest.RespiratoryRate, result.MeasureNext);
        var reason = Assert.Single(result.Reasons, r => r.Code == TriageEngine.MeasureToDecide);
        Assert.Contains("частота дыхания", reason.Text);
        Assert.DoesNotContain("respiratory_rate", reason.Text);
        Assert.All(result.Reasons.Where(r => r.Source == ReasonSource.Model), r => Assert.DoesNotContain("не измерено", r.Text));
    }

    [Fact]
    public void A_fully_measured_case_asks_for_nothing()
    {
        var measured = CaseBuilder.Adult(60).With(Symptom.Cough)
            .WithVitals(v => v with { RespiratoryRate = 16, Spo2Percent = 97, SystolicBp = 130, DiastolicBp = 80, HeartRate = 80, TemperatureC = 37.0, Consciousness = Consciousness.Alert })
            .Build();

        var result = WithModel.Value.Assess(measured);

        Assert.Empty(result.MeasureNext);
        Assert.DoesNotContain(result.Reasons, r => r.Code == TriageEngine.MeasureToDecide);
    }

    private static class VitalFieldsUnderTest
    {
        public const string Spo2 = "spo2_percent";
        public const string RespiratoryRate = "respiratory_rate";
    }
}
