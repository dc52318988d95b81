using Microsoft.EntityFrameworkCore;
using Triage.Contracts.V1;
using Triage.Data;
using Triage.Engine.Wire;
using Triage.Reports;
using Triage.Reports.Cases;

namespace Triage.Gateway.Reports;

/// <summary>Reads the cases of a report's scope, with their consults, from the database.</summary>
public sealed class ReportCaseQuery(IDbContextFactory<TriageDbContext> contexts)
{
    public async Task<IReadOnlyList<ReportCase>> LoadAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query =
            from stored in db.Cases.AsNoTracking()
            join clinic in db.Clinics on stored.ClinicId equals clinic.Id
            join district in db.Districts on clinic.DistrictId equals district.Id
            where stored.ReceivedAtUtc >= scope.FromUtc && stored.ReceivedAtUtc < scope.ToUtc
            select new { stored.Id, district.RegionId, clinic.DistrictId, stored.ClinicId, stored.ReceivedAtUtc, stored.ModelVersion, stored.Report, stored.Result };
        query = scope.RegionId is { } region ? query.Where(c => c.RegionId == region) : query;
        query = scope.DistrictId is { } districtId ? query.Where(c => c.DistrictId == districtId) : query;
        query = scope.ClinicId is { } clinicId ? query.Where(c => c.ClinicId == clinicId) : query;
        query = scope.ModelVersion is { } version ? query.Where(c => c.ModelVersion == version) : query;
        var rows = await query.ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.Id).ToList();
        var consults = await db.Consults.AsNoTracking().Where(c => ids.Contains(c.CaseId)).ToDictionaryAsync(c => c.CaseId, cancellationToken);
        var shadow = (await db.ShadowScores.AsNoTracking().Where(s => ids.Contains(s.CaseId)).ToListAsync(cancellationToken))
            .ToLookup(s => s.CaseId, s => new CandidateScore(s.ModelVersion, s.Risk, (ReferralLevel)s.ModelLevel, (ReferralLevel)s.FinalLevel));
        return rows.Select(row =>
        {
            var report = CaseReport.Parser.ParseFrom(row.Report);
            var result = TriageResult.Parser.ParseFrom(row.Result);
            var consult = consults.GetValueOrDefault(row.Id);
            return new ReportCase(
                row.Id, row.RegionId, row.DistrictId, row.ClinicId, row.ReceivedAtUtc, row.ModelVersion,
                result.ReferralLevel, Known(result.RuleLevel), Known(result.ModelLevel), result.RiskEstimated ? result.Risk : null, result.Specialty,
                report.ToClinicalCase().Group, report.Patient.Insurance, report.Patient.SocialCategory,
                consult is null ? null : new ConsultFacts(
                    consult.OpenedAtUtc, consult.ClaimedAtUtc, consult.ConcludedAtUtc, consult.EscalatedAtUtc is not null,
                    consult.FinalLevel is { } final ? (ReferralLevel)final : null),
                SimulationMarker.IsSimulated(report))
            {
                ShadowScores = shadow[row.Id].ToList(),
            };
        }).ToList();
    }

    /// <summary>Results stored before the engine reported its rule and model levels leave them unspecified.</summary>
    private static ReferralLevel? Known(ReferralLevel level) => level == ReferralLevel.Unspecified ? null : level;
}
