using System.Security.Claims;
using Telemed.Hub.Consults;
using Triage.Data.Audit;
using Triage.Data.Consults;

namespace Triage.Gateway.Teleconsult;

/// <summary>GET /attachments/{id}: a specialist who may see the case's consult downloads the file; every attempt is audited.</summary>
public static class AttachmentDownloads
{
    public static IEndpointRouteBuilder MapAttachmentDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/attachments/{id:guid}", async (
            Guid id, ClaimsPrincipal user, HttpContext http, AttachmentStore attachments, ConsultStore consults,
            SpecialistDirectory specialists, AuditLog audit, CancellationToken cancellationToken) =>
        {
            var specialist = await specialists.FindAsync(user.FindFirstValue("sub") ?? "", cancellationToken);
            var attachment = await attachments.FindAsync(id, cancellationToken);
            var consult = attachment is null ? null : await consults.FindByCaseAsync(attachment.CaseId, cancellationToken);
            var allowed = specialist is not null && consult is not null && attachment!.CompletedAtUtc is not null
                && ConsultAccess.CanSee(specialist, consult, (await specialists.NeighboursOfAsync(consult.RegionId, cancellationToken)).ToList());
            await audit.RecordAsync(user.FindFirstValue("sub") ?? "?", SpecialistRole.Name, "attachment.read", attachment?.CaseId, allowed,
                http.Connection.RemoteIpAddress?.ToString() ?? "", cancellationToken);
            return allowed
                ? Results.File(attachments.CompletePath(attachment!), attachment!.ContentType, attachment.FileName)
                : Results.NotFound();
        }).RequireAuthorization(policy => policy.RequireRole(SpecialistRole.Name));
        return endpoints;
    }
}
