using Triage.Cohort;
using Triage.Engine.Model;
using Triage.Engine.News2;

namespace Triage.Training.Training;

/// <summary>Features of labelled cases exactly as the engine computes them when serving.</summary>
public static class CaseFeatures
{
    /// <summary>
    /// FastTree skips training rows with NaN features, so for training only a missing value becomes a number above
    /// every real value. A split between real values and this one sends "missing" down the greater branch, which is
    /// also where NaN goes when ML.NET or ONNX Runtime compare it, so the trained trees serve NaN unchanged.
    /// </summary>
    public const float TrainingMissingValue = 1e9f;

    public static float[] Of(LabelledCase labelled)
    {
        var features = new float[RiskFeatures.Count];
        RiskFeatures.Extract(labelled.Case, News2Calculator.Score(labelled.Case), features);
        return features;
    }

    public static FeatureRow Row(LabelledCase labelled, bool forTraining)
    {
        var features = Of(labelled);
        if (forTraining)
        {
            for (var i = 0; i < features.Length; i++)
            {
                if (float.IsNaN(features[i]))
                {
                    features[i] = TrainingMissingValue;
                }
            }
        }

        return new FeatureRow { Features = features, Label = labelled.SeriousOutcome };
    }
}
