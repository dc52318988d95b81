using System.Security.Claims;
using Triage.Data.Cases;
using Triage.Gateway.Auth;

namespace Triage.Gateway.Fhir;

/// <summary>GET /fhir/Bundle/{caseId}: a case as a FHIR R4 bundle for the hospital information system, under the same access rule and audit as any case read.</summary>
public static class FhirEndpoints
{
    public static IEndpointRouteBuilder MapFhirExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/fhir/Bundle/{caseId}", async (
            string caseId, ClaimsPrincipal user, HttpContext http, CaseStore cases, CaseAccess access, FhirExport export,
            CancellationToken cancellationToken) =>
        {
            if (await cases.FindAsync(caseId, cancellationToken) is not { } stored)
            {
                return Results.NotFound();
            }

            try
            {
                await access.EnsureAsync(user, stored, "case.export.fhir", http.Connection.RemoteIpAddress?.ToString() ?? "", cancellationToken);
            }
            catch (AccessDeniedException)
            {
                return Results.Forbid();
            }

            return Results.Text(await export.JsonOfAsync(stored, cancellationToken), FhirExport.MediaType);
        }).RequireAuthorization();
        return endpoints;
    }
}
