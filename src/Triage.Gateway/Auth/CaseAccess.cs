using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Telemed.Hub.Consults;
using Telemed.Hub.Routing;
using Triage.Data;
using Triage.Data.Audit;
using Triage.Data.Cases;
using Triage.Data.Consults;
using Triage.Data.Geography;

namespace Triage.Gateway.Auth;

/// <summary>
/// The one answer to "may this caller touch this case?", used by every gRPC method and endpoint that reaches
/// patient data: a terminal only its own clinic's cases; a specialist the cases of consults they may see; an
/// administrator the cases of their region (or all, without a region). Every answer is audited.
/// </summary>
public sealed class CaseAccess(
    ConsultStore consults,
    SpecialistDirectory specialists,
    ConsultVisibility visibility,
    ClinicPlaces places,
    AuditLog audit)
{
    private const string SubmitAction = "case.submit";

    /// <summary>
    /// Lets a terminal submit only for its own clinic. A refusal is audited at once and thrown; an allowed
    /// submission's audit entry is returned, to be committed with the case it stores.
    /// </summary>
    public async Task<PendingAudit> AuthorizeSubmissionAsync(ClaimsPrincipal user, string clinicId, string source, CancellationToken cancellationToken)
    {
        if (user.IsInRole(FeldsherRole.Name) && user.Clinic() == clinicId)
        {
            return audit.Pending(user.Subject(), user.RolesText(), SubmitAction, source);
        }

        await audit.RecordAsync(user.Subject(), user.RolesText(), SubmitAction, null, allowed: false, source, cancellationToken);
        throw new AccessDeniedException($"This terminal submits for clinic '{user.Clinic()}', not '{clinicId}'.");
    }

    /// <summary>Audits the access to <paramref name="stored"/> and throws when it is not allowed.</summary>
    public async Task EnsureAsync(ClaimsPrincipal user, StoredCase stored, string action, string source, CancellationToken cancellationToken)
    {
        if (!await AllowsAsync(user, stored, action, source, cancellationToken))
        {
            throw new AccessDeniedException($"Case {stored.Id} is not yours to {action.Split('.').Last()}.");
        }
    }

    /// <summary>Whether the access to <paramref name="stored"/> is allowed; audited either way.</summary>
    public async Task<bool> AllowsAsync(ClaimsPrincipal user, StoredCase stored, string action, string source, CancellationToken cancellationToken)
    {
        var allowed = await CanAccessAsync(user, stored, cancellationToken);
        await audit.RecordAsync(user.Subject(), user.RolesText(), action, stored.Id, allowed, source, cancellationToken);
        return allowed;
    }

    private async Task<bool> CanAccessAsync(ClaimsPrincipal user, StoredCase stored, CancellationToken cancellationToken)
    {
        if (user.IsInRole(FeldsherRole.Name) && user.Clinic() == stored.ClinicId)
        {
            return true;
        }

        if (user.IsInRole(Admin.AdminRole.Name))
        {
            if (user.Region() is not { } region)
            {
                return true;
            }

            return await places.RegionOfAsync(stored.ClinicId, cancellationToken) == region;
        }

        if (user.IsInRole(SpecialistRole.Name)
            && await specialists.FindAsync(user.Subject(), cancellationToken) is { } specialist
            && await consults.FindByCaseAsync(stored.Id, cancellationToken) is { } consult)
        {
            return await visibility.CanSeeAsync(specialist, consult, cancellationToken);
        }

        return false;
    }
}
