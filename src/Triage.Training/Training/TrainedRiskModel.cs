using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Triage.Engine.Model;

namespace Triage.Training.Training;

/// <summary>What training produces: ML.NET's own model (the reference for parity) and what the exporter needs.</summary>
/// <param name="MlNet">Trees followed by the fitted calibrator; its Probability column is ML.NET's calibrated risk.</param>
public sealed record TrainedRiskModel(
    MLContext Context,
    ITransformer MlNet,
    RegressionTreeEnsemble Trees,
    PlattScaling Calibration,
    LevelThresholds Thresholds,
    IReadOnlyList<TradeOffPoint> TradeOff);
