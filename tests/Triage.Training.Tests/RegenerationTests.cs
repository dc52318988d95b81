using Triage.Engine.Model;
using Triage.Training.Nhamcs;
using Triage.Training.Commands;
using Triage.Training.Export;
using Triage.Training.Training;

namespace Triage.Training.Tests;

public sealed class RegenerationTests
{
    [Fact]
    public void TrainingOnTheShippedRealVisitsRewritesTheShippedFilesByteForByte()
    {
        var folder = Directory.CreateTempSubdirectory("triage-regenerate-").FullName;
        try
        {
            var (visits, source) = NhamcsSource.Load(NhamcsFile.ShippedFolder);
            var artifacts = new ModelArtifacts(folder, ModelArtifacts.ShippedStem);
            ModelBuild.Run(visits, source, CommonOptions.DefaultSeed, TrainingSettings.Default, artifacts);

            var shipped = Path.GetDirectoryName(OnnxRiskModel.ShippedModelPath)!;
            Assert.Equal(File.ReadAllBytes(Path.Combine(shipped, "triage-risk-v1.onnx")), File.ReadAllBytes(artifacts.OnnxPath));
            Assert.Equal(File.ReadAllText(Path.Combine(shipped, "triage-risk-v1.manifest.json")), File.ReadAllText(artifacts.ManifestPath));
            Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "MODEL_CARD.md")), File.ReadAllText(artifacts.ModelCardPath));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
