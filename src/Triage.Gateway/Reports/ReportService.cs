using Triage.Engine.Model;
using Triage.Gateway.Shadow;
using Triage.Reports;

namespace Triage.Gateway.Reports;

/// <summary>Builds the report of a scope from stored cases, with the caveats its reader must see first.</summary>
public sealed class ReportService(ReportCaseQuery query, IEnumerable<OnnxRiskModel> activeModel, IEnumerable<CandidateModel> candidateModel)
{
    /// <param name="language">The language of the caveats (kk, ru or en).</param>
    public async Task<TriageReport> BuildAsync(ReportScope scope, string language, CancellationToken cancellationToken)
    {
        var cases = await query.LoadAsync(scope, cancellationToken);
        List<string> caveats = [];
        if (cases.Count(c => c.Simulated) is var simulated and > 0)
        {
            caveats.Add(ReportCaveats.Simulated(simulated, cases.Count, language));
        }

        caveats.Add(ReportCaveats.Outcome(language));
        if (cases.All(c => c.Risk is null))
        {
            caveats.Add(ReportCaveats.NoModel(language));
        }

        caveats.AddRange(activeModel.Select(m => ReportCaveats.ActiveModel(m.Manifest, language)));
        var compared = cases.Where(c => c.FinalLevel is not null).SelectMany(c => c.ShadowScores).Select(s => s.ModelVersion).Distinct().Order(StringComparer.Ordinal).ToList();
        if (compared.Count > 0)
        {
            caveats.Add(ReportCaveats.Shadow(language));
        }

        caveats.AddRange(compared.Select(version =>
            ReportCaveats.Candidate(version, candidateModel.SingleOrDefault(c => c.ModelVersion == version)?.Model.Manifest, language)));
        return TriageReportBuilder.Build(scope, cases, caveats);
    }
}
