using System.Globalization;
using Triage.Cohort;
using Triage.Engine.Model;
using Triage.Training.Cohort;
using Triage.Training.Training;

namespace Triage.Training.Export;

/// <summary>
/// From labelled cases to shipped files: split, train, calibrate, set thresholds, export to ONNX with node covers,
/// write manifest and model card. Everything derives from the cases and the seed, so a rerun writes the same bytes.
/// </summary>
public static class ModelBuild
{
    public const string ModelId = "triage-risk";
    public const string Version = "1.0.0";

    /// <param name="version">The manifest's version; the shipped model's when not given.</param>
    public static ModelBuildResult Run(
        IReadOnlyList<LabelledCase> cases, DataSource source, int seed, TrainingSettings settings, ModelArtifacts output, IProgress<string>? progress = null, string version = Version)
    {
        var split = DataSplit.Of(cases, seed);
        var model = RiskTrainer.Train(split, settings, seed, progress);

        progress?.Report($"Scoring {split.Test.Count} test cases with ML.NET");
        var testRisks = RiskTrainer.MlNetRisks(model, split.Test);
        var test = TestMetrics.Of(testRisks, split.Test.Select(c => c.SeriousOutcome).ToList(), model.Thresholds, seed);
        var manifest = Manifest(cases, source, settings, model.Thresholds, test, version);

        progress?.Report("Exporting to ONNX");
        var bare = OnnxExporter.Export(model.Trees, model.Calibration, manifest);
        var ensemble = TreeEnsembleReader.TryRead(bare, out var whyNot) ?? throw new InvalidOperationException($"Exported graph cannot be read back: {whyNot}");
        var covers = NodeCovers.Count(ensemble, split.Train.Select(CaseFeatures.Of));
        var onnx = OnnxExporter.ToBytes(OnnxExporter.Export(model.Trees, model.Calibration, manifest, covers));

        Directory.CreateDirectory(output.Folder);
        File.WriteAllBytes(output.OnnxPath, onnx);
        File.WriteAllText(output.ManifestPath, manifest.ToJson());
        File.WriteAllText(output.ModelCardPath, ModelCard.Write(manifest, test, source.CalibrationCheck, settings, candidate: !output.IsShipped));
        return new ModelBuildResult(model, split, testRisks, test, manifest);
    }

    private static ModelManifest Manifest(IReadOnlyList<LabelledCase> cases, DataSource source, TrainingSettings settings, LevelThresholds thresholds, TestMetrics test, string version)
    {
        var s = settings.Sensitivities;
        return new ModelManifest(
            ModelId,
            version,
            $"Calibrated probability of a serious outcome (death, ICU admission or emergency transfer within 48 h) after a health-post visit. {(source.Synthetic ? "Trained on SYNTHETIC data: not validated on patients. " : "")}Not a medical device.",
            new ManifestTensor("features", "float32", ["N", RiskFeatures.Count.ToString(CultureInfo.InvariantCulture)], ModelManifest.NaNMissingValue,
                "One row per case, columns in the order of 'features'; NaN where a value was not measured."),
            new ManifestTensor("risk", "float32", ["N", "1"], Meaning: "Calibrated probability of a serious outcome within 48 h."),
            RiskFeatures.All.Select(f => new ManifestFeature(f.Name, f.Unit)).ToList(),
            thresholds,
            FormattableString.Invariant($"Set on the validation split as the highest risk at which each level still catches at least {s.RoutineReferral:P0} (ROUTINE_REFERRAL), {s.UrgentReferral:P0} (URGENT_REFERRAL) and {s.Emergency:P0} (EMERGENCY) of serious outcomes."),
            new TrainingDataDescription(source.Synthetic, source.Description, source.Name, cases.Count, cases.Count(c => c.SeriousOutcome)),
            test.ToManifest());
    }
}
