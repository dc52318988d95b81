using Microsoft.EntityFrameworkCore;
using Triage.Data;
using Triage.Data.Audit;
using Triage.Gateway.Admin;
using Triage.Gateway.Auth;

namespace Triage.Gateway.Reports;

/// <summary>
/// GET /admin/reports/filters: the districts, clinics and model versions an administrator can filter the report by,
/// within their region (all regions for an administrator without one). Names only, no patient data; audited as
/// every report read is.
/// </summary>
public static class ReportFilterEndpoints
{
    public static IEndpointRouteBuilder MapReportFilters(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/reports/filters", async (
            HttpContext http, IDbContextFactory<TriageDbContext> contexts, AuditLog audit, CancellationToken cancellationToken) =>
        {
            var region = http.User.Region();
            await audit.RecordAsync(http.User.Subject(), http.User.RolesText(), $"report.filters.read {region ?? "all"}", null, true,
                http.Connection.RemoteIpAddress?.ToString() ?? "", cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var regions = await db.Regions.Where(r => region == null || r.Id == region).OrderBy(r => r.Name)
                .Select(r => new { id = r.Id, name = r.Name }).ToListAsync(cancellationToken);
            var regionIds = regions.Select(r => r.id).ToList();
            var districts = await db.Districts.Where(d => regionIds.Contains(d.RegionId)).OrderBy(d => d.Name)
                .Select(d => new { id = d.Id, name = d.Name, regionId = d.RegionId }).ToListAsync(cancellationToken);
            var districtIds = districts.Select(d => d.id).ToList();
            var clinics = await db.Clinics.Where(c => districtIds.Contains(c.DistrictId)).OrderBy(c => c.Name)
                .Select(c => new { id = c.Id, name = c.Name, districtId = c.DistrictId }).ToListAsync(cancellationToken);
            var clinicIds = clinics.Select(c => c.id).ToList();
            var modelVersions = await db.Cases.Where(c => clinicIds.Contains(c.ClinicId) && c.ModelVersion != "")
                .Select(c => c.ModelVersion).Distinct().OrderBy(v => v).ToListAsync(cancellationToken);
            return Results.Ok(new { regions, districts, clinics, modelVersions });
        }).RequireAuthorization(policy => policy.RequireRole(AdminRole.Name));
        return endpoints;
    }
}
