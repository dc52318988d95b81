using System.Globalization;
using Triage.Contracts.V1;

namespace Triage.Engine.Model;

/// <summary>Turns the model's top contributions into reasons a feldsher can read ("SpO2, %: 88 — raises the estimated risk").</summary>
public static class ModelReasons
{
    public const string CodePrefix = "MODEL_";

    public static IReadOnlyList<TriageReason> For(RiskAssessment assessment, string language) =>
        assessment.TopContributions.Select(c => For(c, language)).ToList();

    public static TriageReason For(FeatureContribution contribution, string language)
    {
        var feature = RiskFeatures.TryGetIndex(contribution.Feature, out var index) ? RiskFeatures.All[index] : null;
        var subject = Describe(contribution, feature, language);
        var verdict = ModelTexts.Find(contribution.Contribution >= 0 ? "Model_Raises" : "Model_Lowers", language, subject)!;
        return new TriageReason(CodePrefix + contribution.Feature.ToUpperInvariant(), ReasonSource.Model, verdict.Text, contribution.Contribution);
    }

    private static string Describe(FeatureContribution c, RiskFeature? feature, string language)
    {
        if (feature is { Kind: RiskFeatureKind.MissingIndicator, Measures: { } measured })
        {
            // "Not measured" reads better under the measurement's own name than as a yes/no about an indicator.
            var name = Label(measured, language);
            return c.Value >= 0.5f ? ModelTexts.Find("Model_NotMeasured", language, name)!.Text : ModelTexts.Find("Model_Measured", language, name)!.Text;
        }

        var label = Label(c.Feature, language);
        if (feature?.Kind == RiskFeatureKind.Flag)
        {
            return c.Value >= 0.5f ? label : ModelTexts.Find("Model_Absent", language, label)!.Text;
        }

        return float.IsNaN(c.Value)
            ? ModelTexts.Find("Model_NotMeasured", language, label)!.Text
            : ModelTexts.Find("Model_Value", language, label, c.Value.ToString("0.#", CultureInfo.InvariantCulture))!.Text;
    }

    /// <summary>A feature of a dropped-in model that has no translation keeps its manifest name.</summary>
    private static string Label(string feature, string language) =>
        ModelTexts.Find(ModelTexts.FeatureKeyPrefix + feature, language)?.Text ?? feature;
}
