using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Reports;

/// <summary>Reads what the triage-accuracy reports are built from: the cases of a scope and the places to filter by.</summary>
public sealed class ReportRows(IDbContextFactory<TriageDbContext> contexts)
{
    public async Task<IReadOnlyList<CaseRow>> CasesAsync(CaseRowFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query =
            from stored in db.Cases.AsNoTracking()
            join clinic in db.Clinics on stored.ClinicId equals clinic.Id
            join district in db.Districts on clinic.DistrictId equals district.Id
            where stored.ReceivedAtUtc >= filter.FromUtc && stored.ReceivedAtUtc < filter.ToUtc
            select new { stored.Id, district.RegionId, clinic.DistrictId, stored.ClinicId, stored.ReceivedAtUtc, stored.ModelVersion, stored.Report, stored.Result };
        query = filter.RegionId is { } region ? query.Where(c => c.RegionId == region) : query;
        query = filter.DistrictId is { } districtId ? query.Where(c => c.DistrictId == districtId) : query;
        query = filter.ClinicId is { } clinicId ? query.Where(c => c.ClinicId == clinicId) : query;
        query = filter.ModelVersion is { } version ? query.Where(c => c.ModelVersion == version) : query;
        var rows = await query.ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.Id).ToList();
        var consults = await db.Consults.AsNoTracking().Where(c => ids.Contains(c.CaseId)).ToDictionaryAsync(c => c.CaseId, cancellationToken);
        var shadow = (await db.ShadowScores.AsNoTracking().Where(s => ids.Contains(s.CaseId)).ToListAsync(cancellationToken)).ToLookup(s => s.CaseId);
        return rows.Select(r => new CaseRow(r.Id, r.RegionId, r.DistrictId, r.ClinicId, r.ReceivedAtUtc, r.ModelVersion, r.Report, r.Result,
            consults.GetValueOrDefault(r.Id), shadow[r.Id].ToList())).ToList();
    }

    /// <summary>The regions, districts and clinics within <paramref name="regionId"/> (all without one), by name, and the model versions their cases were assessed with.</summary>
    public async Task<ReportFilters> FiltersAsync(string? regionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var regions = await db.Regions.Where(r => regionId == null || r.Id == regionId).OrderBy(r => r.Name)
            .Select(r => new NamedPlace(r.Id, r.Name, null)).ToListAsync(cancellationToken);
        var regionIds = regions.Select(r => r.Id).ToList();
        var districts = await db.Districts.Where(d => regionIds.Contains(d.RegionId)).OrderBy(d => d.Name)
            .Select(d => new NamedPlace(d.Id, d.Name, d.RegionId)).ToListAsync(cancellationToken);
        var districtIds = districts.Select(d => d.Id).ToList();
        var clinics = await db.Clinics.Where(c => districtIds.Contains(c.DistrictId)).OrderBy(c => c.Name)
            .Select(c => new NamedPlace(c.Id, c.Name, c.DistrictId)).ToListAsync(cancellationToken);
        var clinicIds = clinics.Select(c => c.Id).ToList();
        var modelVersions = await db.Cases.Where(c => clinicIds.Contains(c.ClinicId) && c.ModelVersion != "")
            .Select(c => c.ModelVersion).Distinct().OrderBy(v => v).ToListAsync(cancellationToken);
        return new ReportFilters(regions, districts, clinics, modelVersions);
    }
}
