using Triage.Cohort;
using Triage.Training.Training;

namespace Triage.Training.Tests;

public sealed class ParityTests(TrainedModelFixture fixture) : IClassFixture<TrainedModelFixture>
{
    [Fact]
    public void OnnxRuntimeGivesMlNetsProbabilitiesOn10000RowsWithValuesThatDoNotApply()
    {
        var cases = new CohortGenerator(2024).Generate(10_000).ToList();
        var features = cases.SelectMany(c => CaseFeatures.Of(c.Case)).ToArray();

        var onnx = fixture.Onnx.Predict(features, cases.Count);
        var mlNet = RiskTrainer.MlNetRisks(fixture.Build.Model, cases.Select((c, i) => LabelledVisit.FromCohort(c, i)));

        Assert.True(features.Count(float.IsNaN) > 10_000, "the rows must exercise values that do not apply (NaN after completion)");
        Assert.Equal(mlNet.Length, onnx.Length);
        var maxDifference = onnx.Zip(mlNet, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(maxDifference <= 1e-5, $"max |ONNX − ML.NET| = {maxDifference:E2}");
    }

    [Fact]
    public void ExplanationsAddUpToMlNetsRawScore()
    {
        var cases = new CohortGenerator(2025).Generate(300).ToList();
        var scores = RiskTrainer.MlNetScores(fixture.Build.Model, cases.Select((c, i) => LabelledVisit.FromCohort(c, i)));
        var shap = new Engine.Model.TreeShap(fixture.Onnx.Ensemble!);

        for (var i = 0; i < cases.Count; i++)
        {
            var phi = new double[fixture.Onnx.FeatureCount];
            shap.Explain(CaseFeatures.Of(cases[i].Case), phi);
            Assert.Equal(scores[i], fixture.Onnx.Ensemble!.ExpectedValue + phi.Sum(), 4);
        }
    }

    [Fact]
    public void ScoreOfOneCaseEqualsTheBatchScore()
    {
        var labelled = new CohortGenerator(2026).Generate(50).ToList();
        var batch = fixture.Onnx.Predict(labelled.SelectMany(c => CaseFeatures.Of(c.Case)).ToArray(), labelled.Count);
        for (var i = 0; i < labelled.Count; i++)
        {
            var single = fixture.Onnx.Score(labelled[i].Case, Engine.News2.News2Calculator.Score(labelled[i].Case));
            Assert.Equal(batch[i], single.Risk, 6);
            Assert.Equal(fixture.Onnx.Manifest.Thresholds.LevelFor(single.Risk), single.Level);
        }
    }
}
