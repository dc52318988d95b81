using Triage.Data.Reports;
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
            HttpContext http, ReportRows rows, AuditLog audit, CancellationToken cancellationToken) =>
        {
            var region = http.User.Region();
            await audit.RecordAsync(http.User.Subject(), http.User.RolesText(), $"report.filters.read {region ?? "all"}", null, true,
                http.Connection.RemoteIpAddress?.ToString() ?? "", cancellationToken);
            var filters = await rows.FiltersAsync(region, cancellationToken);
            return Results.Ok(new
            {
                regions = filters.Regions.Select(r => new { id = r.Id, name = r.Name }),
                districts = filters.Districts.Select(d => new { id = d.Id, name = d.Name, regionId = d.ParentId }),
                clinics = filters.Clinics.Select(c => new { id = c.Id, name = c.Name, districtId = c.ParentId }),
                modelVersions = filters.ModelVersions,
            });
        }).RequireAuthorization(policy => policy.RequireRole(AdminRole.Name));
        return endpoints;
    }
}
