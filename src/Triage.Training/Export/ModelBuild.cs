using System.Globalization;
using Triage.Engine;
using Triage.Engine.Model;
using Triage.Training.Evaluation;
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
    public const string Version = "1.1.0";

    /// <param name="version">The manifest's version; the shipped model's when not given.</param>
    public static ModelBuildResult Run(
        IReadOnlyList<LabelledVisit> cases, DataSource source, int seed, TrainingSettings settings, ModelArtifacts output, IProgress<string>? progress = null, string version = Version,
        SplitKind splitKind = SplitKind.Hospital)
    {
        var split = DataSplit.Of(splitKind, cases, seed);
        var model = RiskTrainer.Train(split, settings, seed, progress);

        progress?.Report($"Scoring {split.Test.Count} test cases with ML.NET");
        var testRisks = RiskTrainer.MlNetRisks(model, split.Test);
        var test = TestMetrics.Of(testRisks, split.Test.Select(c => c.Serious).ToList(), model.Thresholds, seed);
        var manifest = Manifest(cases, source, settings, model, test, version);

        progress?.Report("Exporting to ONNX");
        var bare = OnnxExporter.Export(model.Trees, model.Calibration, manifest);
        var ensemble = TreeEnsembleReader.TryRead(bare, out var whyNot) ?? throw new InvalidOperationException($"Exported graph cannot be read back: {whyNot}");
        var covers = NodeCovers.Count(ensemble, split.Train.Select(CaseFeatures.Of));
        var onnx = OnnxExporter.ToBytes(OnnxExporter.Export(model.Trees, model.Calibration, manifest, covers));

        Directory.CreateDirectory(output.Folder);
        File.WriteAllBytes(output.OnnxPath, onnx);
        File.WriteAllText(output.ManifestPath, manifest.ToJson());

        progress?.Report("Evaluating the engine with the exported model on the test sites");
        using var served = OnnxRiskModel.Load(output.OnnxPath);
        var evaluation = Evaluator.Report(Evaluator.Score(split.Test, TriageEngine.CreateDefault(model: served)), source.Name, served.ModelVersion, seed);
        File.WriteAllText(output.ModelCardPath, ModelCard.Write(manifest, source, settings, evaluation, candidate: !output.IsShipped));
        return new ModelBuildResult(model, split, testRisks, test, manifest, evaluation);
    }

    private static ModelManifest Manifest(IReadOnlyList<LabelledVisit> cases, DataSource source, TrainingSettings settings, TrainedRiskModel model, TestMetrics test, string version)
    {
        var b = settings.Budget;
        return new ModelManifest(
            ModelId,
            version,
            $"Calibrated probability of a serious outcome ({source.Outcome}) after a visit. {(source.Synthetic ? "Trained on SYNTHETIC data: not validated on patients. " : "Trained on real US emergency-department visits: see the model card for the shift to rural health posts. ")}Not a medical device.",
            new ManifestTensor("features", "float32", ["N", RiskFeatures.Count.ToString(CultureInfo.InvariantCulture)], ModelManifest.NaNMissingValue,
                "One row per case, columns in the order of 'features'; measurements not taken are completed as normal first (missingMeasurements), so NaN remains only where a value does not apply."),
            new ManifestTensor("risk", "float32", ["N", "1"], Meaning: "Calibrated probability of a serious outcome."),
            RiskFeatures.All.Select(f => new ManifestFeature(f.Name, f.Unit)).ToList(),
            model.Thresholds,
            FormattableString.Invariant($"Referral budget: the lowest risks at which the model refers at most {b.RoutineReferralPercent} % (ROUTINE_REFERRAL or above), {b.UrgentReferralPercent} % (URGENT_REFERRAL or above) and {b.EmergencyPercent} % (EMERGENCY) of the validation visits; a region's policy file may set its own budget, read off 'tradeOff'."),
            new TrainingDataDescription(source.Synthetic, source.Description, source.Name, cases.Count, cases.Count(c => c.Serious)),
            test.ToManifest(),
            ModelManifest.NormalReferenceMissing,
            model.TradeOff);
    }
}
