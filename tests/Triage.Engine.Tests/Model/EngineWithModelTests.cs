using Triage.Contracts.V1;
using Triage.Engine.Model;
using Triage.Engine.Tests.Clinical;

namespace Triage.Engine.Tests.Model;

/// <summary>The engine with the shipped ONNX model, as the gateway and the terminal run it.</summary>
public sealed class EngineWithModelTests
{
    private static readonly Lazy<TriageEngine> WithModel = new(() => TriageEngine.CreateDefault(model: OnnxRiskModel.LoadShipped()));

    public static TheoryData<string> Names => ClinicalCaseTableTests.Names;

    [Theory]
    [MemberData(nameof(Names))]
    public void The_model_never_lowers_the_rules_level_nor_hides_a_red_flag(string name)
    {
        var clinicalCase = ClinicalCaseTableTests.Examples[name].Case.Build();

        var rulesAlone = Engines.Default.Assess(clinicalCase);
        var hybrid = WithModel.Value.Assess(clinicalCase);

        Assert.True(hybrid.Level >= rulesAlone.Level, $"{hybrid.Level} is below the rules' {rulesAlone.Level}");
        Assert.Equal(rulesAlone.Level, hybrid.RuleLevel);
        Assert.Equal(rulesAlone.RedFlags, hybrid.RedFlags);
        Assert.Equal(rulesAlone.Specialty, hybrid.Specialty);
        Assert.Equal(hybrid.RuleLevel > hybrid.ModelLevel ? hybrid.RuleLevel : hybrid.ModelLevel, hybrid.Level);
    }

    [Fact]
    public void A_result_carries_the_risk_the_model_version_and_the_models_reasons_in_the_cases_language()
    {
        var clinicalCase = CaseBuilder.Adult(78).With(Symptom.Cough, Symptom.Fever)
            .WithVitals(v => v with { RespiratoryRate = 24, Spo2Percent = 92, HeartRate = 104, TemperatureC = 38.6 }).Build() with { Language = "ru" };

        var result = WithModel.Value.Assess(clinicalCase);

        Assert.NotNull(result.Risk);
        Assert.InRange(result.Risk!.Value, 0, 1);
        Assert.Equal("triage-risk/1.1.0", result.ModelVersion);
        Assert.Contains(result.Reasons, r => r.Source == ReasonSource.Model);
        Assert.DoesNotContain(result.Reasons, r => r.Code == TriageEngine.RiskNotEstimated);
        Assert.All(result.Reasons.Where(r => r.Source == ReasonSource.Model), r => Assert.Matches("[а-яА-Я]", r.Text));
    }

    [Fact]
    public void When_the_model_raises_the_level_a_reason_says_from_what_to_what()
    {
        // A frail 90-year-old with heart failure and kidney disease, tired, with vital signs inside the rules' limits.
        var frail = CaseBuilder.Adult(90).With(Symptom.Fatigue).WithCondition(ChronicCondition.HeartFailure, ChronicCondition.ChronicKidneyDisease)
            .WithVitals(_ => new Cases.VitalSigns(18, 95, false, false, 130, 80, 95, 37.0, Consciousness.Alert)).Build();

        var raised = WithModel.Value.Assess(frail);

        Assert.True(raised.Level > raised.RuleLevel, $"{raised.Level} is not above the rules' {raised.RuleLevel}");
        var reason = Assert.Single(raised.Reasons, r => r.Code == TriageEngine.ModelRaisedLevel);
        Assert.Equal(ReasonSource.Model, reason.Source);
        Assert.Contains("%", reason.Text);
    }
}
