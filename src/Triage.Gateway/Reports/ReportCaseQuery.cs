using Triage.Contracts.V1;
using Triage.Data.Reports;
using Triage.Engine.Wire;
using Triage.Reports;
using Triage.Reports.Cases;

namespace Triage.Gateway.Reports;

/// <summary>The cases of a report's scope, with their consults and shadow scores, as the report builder reads them.</summary>
public sealed class ReportCaseQuery(ReportRows rows)
{
    public async Task<IReadOnlyList<ReportCase>> LoadAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var filter = new CaseRowFilter(scope.FromUtc, scope.ToUtc, scope.RegionId, scope.DistrictId, scope.ClinicId, scope.ModelVersion);
        return (await rows.CasesAsync(filter, cancellationToken)).Select(row =>
        {
            var report = CaseReport.Parser.ParseFrom(row.Report);
            var result = TriageResult.Parser.ParseFrom(row.Result);
            var consult = row.Consult;
            return new ReportCase(
                row.Id, row.RegionId, row.DistrictId, row.ClinicId, row.ReceivedAtUtc, row.ModelVersion,
                result.ReferralLevel, Known(result.RuleLevel), Known(result.ModelLevel), result.RiskEstimated ? result.Risk : null, result.Specialty,
                report.ToClinicalCase().Group, report.Patient.Insurance, report.Patient.SocialCategory,
                consult is null ? null : new ConsultFacts(
                    consult.OpenedAtUtc, consult.ClaimedAtUtc, consult.ConcludedAtUtc, consult.EscalatedAtUtc is not null,
                    consult.FinalLevel is { } final ? (ReferralLevel)final : null),
                SimulationMarker.IsSimulated(report))
            {
                ShadowScores = row.ShadowScores.Select(s => new CandidateScore(s.ModelVersion, s.Risk, (ReferralLevel)s.ModelLevel, (ReferralLevel)s.FinalLevel)).ToList(),
            };
        }).ToList();
    }

    /// <summary>Results stored before the engine reported its rule and model levels leave them unspecified.</summary>
    private static ReferralLevel? Known(ReferralLevel level) => level == ReferralLevel.Unspecified ? null : level;
}
