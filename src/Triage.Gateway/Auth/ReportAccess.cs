using System.Security.Claims;
using Triage.Data.Audit;
using Triage.Gateway.Admin;
using Triage.Reports;

namespace Triage.Gateway.Auth;

/// <summary>
/// Which reports an administrator may read: an administrator of a region only that region's (their scope is
/// narrowed to it when they name none), one without a region every region's. Every answer is audited.
/// </summary>
public sealed class ReportAccess(AuditLog audit)
{
    public async Task<ReportScope> EnsureAsync(ClaimsPrincipal user, ReportScope requested, string source, CancellationToken cancellationToken)
    {
        var own = user.Region();
        var allowed = user.IsInRole(AdminRole.Name) && (own is null || requested.RegionId is null || requested.RegionId == own);
        await audit.RecordAsync(user.Subject(), user.RolesText(), $"report.read {requested.RegionId ?? own ?? "all"}", null, allowed, source, cancellationToken);
        if (!allowed)
        {
            throw new AccessDeniedException($"Reports of region '{requested.RegionId}' are not yours to read.");
        }

        return requested with { RegionId = requested.RegionId ?? own };
    }
}
