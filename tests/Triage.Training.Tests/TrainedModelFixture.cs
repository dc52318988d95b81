using Triage.Cohort;
using Triage.Engine.Model;
using Triage.Training.Cohort;
using Triage.Training.Export;
using Triage.Training.Training;

namespace Triage.Training.Tests;

/// <summary>A small model trained and exported once for the tests that need ML.NET and ONNX side by side.</summary>
public sealed class TrainedModelFixture : IDisposable
{
    public const int Seed = 7;

    public TrainedModelFixture()
    {
        Folder = Directory.CreateTempSubdirectory("triage-model-").FullName;
        var cases = new CohortGenerator(Seed).Generate(20_000).ToList();
        var artifacts = new ModelArtifacts(Folder, "test-risk");
        Build = ModelBuild.Run(cases.Select((c, i) => LabelledVisit.FromCohort(c, i)).ToList(), DataSource.Generated(Seed, cases.Count, CohortSummary.Of(cases)), Seed, TrainingSettings.Default, artifacts);
        Onnx = OnnxRiskModel.Load(artifacts.OnnxPath);
    }

    public string Folder { get; }

    public ModelBuildResult Build { get; }

    public OnnxRiskModel Onnx { get; }

    public void Dispose()
    {
        Onnx.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
