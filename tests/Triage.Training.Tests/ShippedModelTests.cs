using System.Text.Json.Nodes;
using Triage.Cohort;
using Triage.Engine.Model;

namespace Triage.Training.Tests;

/// <summary>The shipped model loads from beside the program, and a manifest that does not match its graph is refused.</summary>
public sealed class ShippedModelTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("triage-dropin-").FullName;

    [Fact]
    public void ShippedModelLoadsWithItsManifest()
    {
        using var model = OnnxRiskModel.LoadShipped();

        Assert.Equal("triage-risk/1.1.0", model.ModelVersion);
        Assert.Equal(RiskFeatures.Count, model.FeatureCount);
        Assert.False(model.Manifest.TrainingData.Synthetic);
        Assert.Equal(ModelManifest.NormalReferenceMissing, model.Manifest.MissingMeasurements);
        Assert.NotNull(model.Ensemble);
    }

    [Fact]
    public void FeatureCountThatDoesNotMatchTheGraphIsRefused()
    {
        var error = LoadEdited(m => ((JsonArray)m["features"]!).RemoveAt(108));

        Assert.Contains($"expected [N, {RiskFeatures.Count - 1}]", error.Message);
        Assert.Contains("does not match its manifest", error.Message);
    }

    [Fact]
    public void OutputNameNotInTheGraphIsRefused()
    {
        var error = LoadEdited(m => m["output"]!["name"] = "probability");

        Assert.Contains("output 'probability' is not in the graph, whose outputs are [risk]", error.Message);
    }

    [Fact]
    public void FeatureTheEngineCannotSupplyIsRefused()
    {
        var error = LoadEdited(m => m["features"]![0]!["name"] = "serum_lactate");

        Assert.Contains("feature 'serum_lactate' is not one the engine can supply", error.Message);
    }

    [Fact]
    public void FeatureInAnotherUnitIsRefused()
    {
        var error = LoadEdited(m => m["features"]![7]!["unit"] = "°F");

        Assert.Contains("feature 'temperature' is in '°F' in the manifest but the engine supplies '°C'", error.Message);
    }

    [Fact]
    public void ModelWithoutManifestIsRefused()
    {
        var path = Path.Combine(folder, "lonely.onnx");
        File.Copy(OnnxRiskModel.ShippedModelPath, path);

        var error = Assert.Throws<ModelLoadException>(() => OnnxRiskModel.Load(path));
        Assert.Contains("has no manifest", error.Message);
    }

    [Fact]
    public void ReorderedFeaturesAreFedInTheManifestsOrder()
    {
        // A dropped-in model may order its inputs differently; here the graph is the shipped one, so swapping two
        // manifest entries must change what the graph sees, and swapping them back must restore it.
        var labelled = new CohortGenerator(9).Generate(1).Single();
        using var shipped = OnnxRiskModel.LoadShipped();
        var features = shipped.FeaturesOf(labelled.Case, Engine.News2.News2Calculator.Score(labelled.Case));

        var path = Write(m =>
        {
            var list = (JsonArray)m["features"]!;
            var (a, b) = (list[0]!.DeepClone(), list[2]!.DeepClone());
            list[0] = b;
            list[2] = a;
        });
        using var swapped = OnnxRiskModel.Load(path);
        var swappedFeatures = swapped.FeaturesOf(labelled.Case, Engine.News2.News2Calculator.Score(labelled.Case));

        Assert.Equal(features[0], swappedFeatures[2]);
        Assert.Equal(features[2], swappedFeatures[0]);
    }

    [Fact]
    public void OneModelScoresFromManyThreadsAsFromOne()
    {
        using var model = OnnxRiskModel.LoadShipped();
        var cases = new CohortGenerator(13).Generate(2000).Select(c => c.Case).ToArray();
        var sequential = cases.Select(c => model.Score(c, Engine.News2.News2Calculator.Score(c))).ToArray();

        var parallel = new RiskAssessment[cases.Length];
        Parallel.For(0, cases.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => parallel[i] = model.Score(cases[i], Engine.News2.News2Calculator.Score(cases[i])));

        for (var i = 0; i < cases.Length; i++)
        {
            Assert.Equal(sequential[i].Risk, parallel[i].Risk);
            Assert.Equal(sequential[i].TopContributions, parallel[i].TopContributions);
        }
    }

    private ModelLoadException LoadEdited(Action<JsonNode> edit) =>
        Assert.Throws<ModelLoadException>(() => OnnxRiskModel.Load(Write(edit)).Dispose());

    private string Write(Action<JsonNode> edit)
    {
        var path = Path.Combine(folder, OnnxRiskModel.ShippedModelFile);
        File.Copy(OnnxRiskModel.ShippedModelPath, path, overwrite: true);
        var manifest = JsonNode.Parse(File.ReadAllText(ModelManifest.PathFor(OnnxRiskModel.ShippedModelPath)))!;
        edit(manifest);
        File.WriteAllText(ModelManifest.PathFor(path), manifest.ToJsonString());
        return path;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
