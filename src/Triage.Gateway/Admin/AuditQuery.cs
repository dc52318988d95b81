using System.Globalization;
using System.Security.Claims;
using System.Text;
using Triage.Data.Audit;
using Triage.Gateway.Auth;
using Triage.Reports.Export;

namespace Triage.Gateway.Admin;

/// <summary>
/// GET /admin/audit?caseId=&amp;principal=&amp;from=&amp;to=&amp;format=csv: who looked at what, when, from where,
/// and whether they were let in. Reading the audit log is itself audited.
/// </summary>
public static class AuditQuery
{
    private const int MaxRows = 10_000;

    public static IEndpointRouteBuilder MapAuditQuery(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/audit", async (
            Guid? caseId, string? principal, DateTimeOffset? from, DateTimeOffset? to, string? format,
            ClaimsPrincipal user, HttpContext http, AuditTrail trail, AuditLog audit, CancellationToken cancellationToken) =>
        {
            var entries = await trail.FindAsync(new AuditFilter(caseId, principal, from, to), MaxRows, cancellationToken);
            await audit.RecordAsync(user.Subject(), user.RolesText(), "audit.read", caseId, true, http.Connection.RemoteIpAddress?.ToString() ?? "", cancellationToken);

            return format == "csv"
                ? Results.File(Encoding.UTF8.GetBytes(ToCsv(entries)), "text/csv", "audit.csv")
                : Results.Ok(entries.Select(a => new { at = new DateTimeOffset(DateTime.SpecifyKind(a.AtUtc, DateTimeKind.Utc)), a.Principal, a.Role, a.Action, a.CaseId, a.Allowed, a.Source }));
        }).RequireAuthorization(policy => policy.RequireRole(AdminRole.Name));
        return endpoints;
    }

    private static string ToCsv(IEnumerable<AuditEntry> entries)
    {
        var csv = new StringBuilder("at_utc,principal,role,action,case_id,allowed,source\n");
        foreach (var a in entries)
        {
            csv.AppendLine(string.Join(',',
                a.AtUtc.ToString("O", CultureInfo.InvariantCulture), CsvCell.Quote(a.Principal), CsvCell.Quote(a.Role), CsvCell.Quote(a.Action),
                a.CaseId?.ToString() ?? "", a.Allowed ? "true" : "false", CsvCell.Quote(a.Source)));
        }

        return csv.ToString();
    }
}
