namespace Triage.Engine.Model;

/// <summary>How much one feature moved this case's score away from the average case.</summary>
/// <param name="Value">The feature's value for the case (NaN when not measured).</param>
/// <param name="Contribution">SHAP value in the tree ensemble's output units (log-odds before calibration for the shipped model); positive raises the risk.</param>
public sealed record FeatureContribution(string Feature, float Value, double Contribution)
{
    /// <summary>Key of the feature's label in ModelTexts.resx.</summary>
    public string TextKey => ModelTexts.FeatureKeyPrefix + Feature;
}
