using Triage.Reports.Cases;

namespace Triage.Reports.Accuracy;

/// <summary>Compares each candidate scored in shadow with the active advice, on the concluded cases both have scored.</summary>
public static class ModelComparisons
{
    public const string ActiveLabel = "active (advice given)";
    public const string CandidateLabel = "shadow (candidate, not used for advice)";

    /// <summary>One comparison per candidate version found among the cases' shadow scores, by version.</summary>
    public static IReadOnlyList<ModelComparison> Of(IReadOnlyList<ReportCase> concluded, int seed) =>
        concluded.SelectMany(c => c.ShadowScores).Select(s => s.ModelVersion).Distinct().Order(StringComparer.Ordinal)
            .Select(version => Compare(concluded, version, seed))
            .ToList();

    private static ModelComparison Compare(IReadOnlyList<ReportCase> concluded, string candidateVersion, int seed)
    {
        var compared = concluded.Where(c => c.ShadowScores.Any(s => s.ModelVersion == candidateVersion)).ToList();
        var asCandidate = compared.Select(c => c.AdvisedBy(c.ShadowScores.Single(s => s.ModelVersion == candidateVersion))).ToList();
        return new ModelComparison(candidateVersion, concluded.Count, Performance(ActiveLabel, compared, seed), Performance(CandidateLabel, asCandidate, seed));
    }

    private static ModelPerformance Performance(string label, IReadOnlyList<ReportCase> cases, int seed) => new(
        label,
        cases.Select(Dimensions.ModelVersionOf).Distinct().Order(StringComparer.Ordinal).ToList(),
        AccuracyCalculator.Summarise(cases, seed),
        AccuracyCalculator.RiskViews(cases, seed).Where(v => v.Scorer != AccuracyCalculator.RulesScorer).ToList());
}
