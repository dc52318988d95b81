using Triage.Engine.Cases;
using Triage.Engine.Model;
using Triage.Engine.News2;

namespace Triage.Training.Training;

/// <summary>
/// Features of labelled visits exactly as the engine computes them when serving a model whose manifest says
/// <see cref="ModelManifest.NormalReferenceMissing"/>: measurements not taken are completed as normal first.
/// </summary>
public static class CaseFeatures
{
    /// <summary>
    /// FastTree skips training rows with NaN features, so for training only a missing value becomes a number above
    /// every real value. A split between real values and this one sends "missing" down the greater branch, which is
    /// also where NaN goes when ML.NET or ONNX Runtime compare it, so the trained trees serve NaN unchanged. After
    /// completion only values that do not apply stay missing (gestation outside pregnancy, NEWS2 for children).
    /// </summary>
    public const float TrainingMissingValue = 1e9f;

    public static float[] Of(LabelledVisit visit) => Of(visit.Case);

    public static float[] Of(ClinicalCase clinicalCase)
    {
        var completed = NormalReference.Complete(clinicalCase);
        var features = new float[RiskFeatures.Count];
        RiskFeatures.Extract(completed, News2Calculator.Score(completed), features);
        return features;
    }

    public static FeatureRow Row(LabelledVisit visit, bool forTraining)
    {
        var features = Of(visit);
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

        return new FeatureRow { Features = features, Label = visit.Serious };
    }
}
