using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Claims;
using Telemed.Hub.Consults;
using Triage.Data.Consults;

namespace Triage.Gateway.Teleconsult;

/// <summary>GET /attachments/{id}: a specialist who may see the case's consult downloads the file; every attempt is audited.</summary>
public static class AttachmentDownloads
{
    public static IEndpointRouteBuilder MapAttachmentDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/attachments/{id:guid}", async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> (
            Guid id, ClaimsPrincipal user, HttpContext http, AttachmentStore attachments, ConsultStore consults,
            SpecialistDirectory specialists, ConsultVisibility visibility, CancellationToken cancellationToken) =>
        {
            var caller = user.FindFirstValue("sub") ?? "?";
            var specialist = await specialists.FindAsync(caller, cancellationToken);
            // An upload still in progress is not there yet: it is refused like a missing one.
            var found = await attachments.FindAsync(id, cancellationToken);
            var attachment = found is { CompletedAtUtc: not null } ? found : null;
            var consult = attachment is null ? null : await consults.FindByCaseAsync(attachment.CaseId, cancellationToken);
            var allowed = await visibility.CheckAsync(caller, specialist, consult, "attachment.read", found?.CaseId, http.Connection.RemoteIpAddress?.ToString() ?? "", cancellationToken);
            return allowed
                ? TypedResults.PhysicalFile(attachments.CompletePath(attachment!), attachment!.ContentType, attachment.FileName)
                : TypedResults.Problem($"No attachment '{id}' that you may read.", statusCode: StatusCodes.Status404NotFound);
        }).RequireAuthorization(policy => policy.RequireRole(SpecialistRole.Name));
        return endpoints;
    }
}
