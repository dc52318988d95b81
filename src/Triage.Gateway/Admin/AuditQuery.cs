using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Triage.Data;
using Triage.Data.Audit;
using Triage.Gateway.Auth;

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
            ClaimsPrincipal user, HttpContext http, IDbContextFactory<TriageDbContext> contexts, AuditLog audit, CancellationToken cancellationToken) =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var query = db.AuditEntries.AsNoTracking();
            query = caseId is { } id ? query.Where(a => a.CaseId == id) : query;
            query = principal is { Length: > 0 } who ? query.Where(a => a.Principal == who) : query;
            query = from is { } start ? query.Where(a => a.AtUtc >= start.UtcDateTime) : query;
            query = to is { } end ? query.Where(a => a.AtUtc < end.UtcDateTime) : query;
            var entries = await query.OrderBy(a => a.Id).Take(MaxRows).ToListAsync(cancellationToken);
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
                a.AtUtc.ToString("O", CultureInfo.InvariantCulture), Quote(a.Principal), Quote(a.Role), Quote(a.Action),
                a.CaseId?.ToString() ?? "", a.Allowed ? "true" : "false", Quote(a.Source)));
        }

        return csv.ToString();
    }

    /// <summary>RFC 4180 quoting, and a leading quote mark against spreadsheet formula injection.</summary>
    private static string Quote(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0]) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{safe.Replace("\"", "\"\"")}\"" : safe;
    }
}
