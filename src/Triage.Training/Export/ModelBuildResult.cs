using Triage.Engine.Model;
using Triage.Training.Evaluation;
using Triage.Training.Training;

namespace Triage.Training.Export;

public sealed record ModelBuildResult(TrainedRiskModel Model, DataSplit Split, float[] TestRisks, TestMetrics Test, ModelManifest Manifest, EvaluationReport Evaluation);
