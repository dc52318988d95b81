using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Localization;
using Triage.Engine.Model;
using Triage.Engine.News2;

namespace Triage.Training.Tests;

public sealed class ModelReasonTests
{
    private static readonly ClinicalCase Septic = new(
        new PatientInfo(71, Sex.Male, false, null, InsuranceStatus.Insured, SocialCategory.Unspecified),
        new VitalSigns(RespiratoryRate: 28, Spo2Percent: 90, SystolicBp: 88, DiastolicBp: 50, HeartRate: 124, TemperatureC: 39.4, Consciousness: Consciousness.NewConfusion),
        new HashSet<Symptom> { Symptom.Fever, Symptom.Confusion, Symptom.Lethargy },
        new HashSet<ChronicCondition> { ChronicCondition.Diabetes },
        Languages.Russian);

    public static TheoryData<string> FeaturesAndLanguages() => new(RiskFeatures.All.Where(f => f.Kind != RiskFeatureKind.MissingIndicator).Select(f => f.Name));

    [Theory]
    [MemberData(nameof(FeaturesAndLanguages))]
    public void EveryFeatureHasALabelInKazakhRussianAndEnglish(string feature)
    {
        foreach (var language in Languages.Supported)
        {
            Assert.Equal(language, ModelTexts.Find(ModelTexts.FeatureKeyPrefix + feature, language)?.Language);
        }
    }

    [Fact]
    public void SickCaseGetsAHighRiskAndReadableModelReasons()
    {
        using var model = OnnxRiskModel.LoadShipped();
        var assessment = model.Score(Septic, News2Calculator.Score(Septic));

        Assert.True(assessment.Risk > model.Manifest.Thresholds.UrgentReferral, $"risk {assessment.Risk}");
        Assert.True(assessment.Level >= ReferralLevel.UrgentReferral, $"level {assessment.Level}");
        Assert.Equal(OnnxRiskModel.DefaultTopContributions, assessment.TopContributions.Count);
        Assert.True(assessment.TopContributions.All(c => c.Contribution > 0));

        var reasons = ModelReasons.For(assessment, Languages.Russian);
        Assert.All(reasons, r => Assert.Equal(ReasonSource.Model, r.Source));
        Assert.All(reasons, r => Assert.StartsWith(ModelReasons.CodePrefix, r.Code));
        Assert.All(reasons, r => Assert.Contains("повышает расчётный риск", r.Text));
        Assert.All(ModelReasons.For(assessment, Languages.Kazakh), r => Assert.Contains("қауіпті арттырады", r.Text));
    }

    [Fact]
    public void UnmeasuredVitalIsWordedAsNotMeasured()
    {
        var reason = ModelReasons.For(new FeatureContribution("spo2_missing", 1, 0.2), Languages.English);

        Assert.Equal("SpO2, %: not measured — raises the estimated risk", reason.Text);
    }
}
