using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Triage.Training.Training;

/// <summary>
/// Trains the FastTree binary classifier, then fits a real Platt calibrator on held-out validation scores (FastTree's
/// own "calibrator" is a fixed sigmoid of slope −2 × learning rate, never fitted), then reads the level thresholds
/// for the referral budget off the trade-off curve on validation.
/// </summary>
public static class RiskTrainer
{
    public static TrainedRiskModel Train(DataSplit split, TrainingSettings settings, int seed, IProgress<string>? progress = null)
    {
        var ml = new MLContext(seed);
        progress?.Report($"Extracting features of {split.Train.Count} training cases");
        var train = FeatureRow.Load(ml, split.Train.Select(c => CaseFeatures.Row(c, forTraining: true)).ToList());
        var validation = FeatureRow.Load(ml, split.Validation.Select(c => CaseFeatures.Row(c, forTraining: false)).ToList());

        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = settings.Trees,
            NumberOfLeaves = settings.Leaves,
            LearningRate = settings.LearningRate,
            MinimumExampleCountPerLeaf = settings.MinimumRowsPerLeaf,
            // One thread: the same seed must give the same trees, byte for byte.
            NumberOfThreads = 1,
            FeatureColumnName = nameof(FeatureRow.Features),
            LabelColumnName = nameof(FeatureRow.Label),
        });

        progress?.Report($"Growing {settings.Trees} trees of {settings.Leaves} leaves");
        var trees = trainer.Fit(train);

        progress?.Report($"Fitting the Platt calibrator on {split.Validation.Count} validation cases");
        var scoredValidation = trees.Transform(validation);
        var calibrator = ml.BinaryClassification.Calibrators.Platt(nameof(FeatureRow.Label)).Fit(scoredValidation);
        var chain = new TransformerChain<ITransformer>(trees, calibrator);

        progress?.Report("Setting level thresholds for the referral budget on validation");
        var risks = chain.Transform(validation).GetColumn<float>("Probability").ToList();
        var curve = TradeOffCurve.Of(risks, split.Validation.Select(c => c.Serious).ToList());

        // The calibrator exposes its fitted parameters only through the prediction-transformer interface.
        var platt = ((IPredictionTransformer<PlattCalibrator>)calibrator).Model;
        return new TrainedRiskModel(ml, chain, trees.Model.SubModel.TrainedTreeEnsemble, new PlattScaling(platt.Slope, platt.Offset), settings.Budget.ThresholdsFrom(curve), curve);
    }

    /// <summary>ML.NET's calibrated risks for the cases, in order: the reference the exported graph must match.</summary>
    public static float[] MlNetRisks(TrainedRiskModel model, IEnumerable<LabelledVisit> cases)
    {
        var data = FeatureRow.Load(model.Context, cases.Select(c => CaseFeatures.Row(c, forTraining: false)).ToList());
        return model.MlNet.Transform(data).GetColumn<float>("Probability").ToArray();
    }

    /// <summary>ML.NET's raw tree-ensemble scores (before calibration), in order.</summary>
    public static float[] MlNetScores(TrainedRiskModel model, IEnumerable<LabelledVisit> cases)
    {
        var data = FeatureRow.Load(model.Context, cases.Select(c => CaseFeatures.Row(c, forTraining: false)).ToList());
        return model.MlNet.Transform(data).GetColumn<float>("Score").ToArray();
    }
}
