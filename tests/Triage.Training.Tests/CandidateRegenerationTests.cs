using Triage.Cohort;
using Triage.Training.Cohort;
using Triage.Training.Commands;
using Triage.Training.Export;
using Triage.Training.Training;

namespace Triage.Training.Tests;

/// <summary>The candidate shipped in models/ is exactly what <c>train --version 2.0.0 --trees 200 --learning-rate 0.08</c> writes.</summary>
public sealed class CandidateRegenerationTests
{
    [Fact]
    public void TrainingTheCandidateRewritesItsShippedFilesByteForByte()
    {
        var folder = Directory.CreateTempSubdirectory("triage-candidate-").FullName;
        try
        {
            var cases = new CohortGenerator(CommonOptions.DefaultSeed).Generate(CommonOptions.DefaultCount).ToList();
            var artifacts = ModelArtifacts.ForVersion(folder, new Version(2, 0, 0));
            var settings = TrainingSettings.Default with { Trees = 200, LearningRate = 0.08 };
            ModelBuild.Run(cases.Select((c, i) => LabelledVisit.FromCohort(c, i)).ToList(), DataSource.Generated(CommonOptions.DefaultSeed, cases.Count, CohortSummary.Of(cases)), CommonOptions.DefaultSeed, settings, artifacts, version: "2.0.0");

            var shipped = Path.Combine(AppContext.BaseDirectory, "candidate");
            Assert.Equal(File.ReadAllBytes(Path.Combine(shipped, "triage-risk-v2.onnx")), File.ReadAllBytes(artifacts.OnnxPath));
            Assert.Equal(File.ReadAllText(Path.Combine(shipped, "triage-risk-v2.manifest.json")), File.ReadAllText(artifacts.ManifestPath));
            Assert.Equal(File.ReadAllText(Path.Combine(shipped, "triage-risk-v2.MODEL_CARD.md")), File.ReadAllText(artifacts.ModelCardPath));
            Assert.Contains("Candidate, for shadow scoring only", File.ReadAllText(artifacts.ModelCardPath));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
