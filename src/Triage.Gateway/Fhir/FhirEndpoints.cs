using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Claims;
using Triage.Data.Cases;
using Triage.Gateway.Auth;

namespace Triage.Gateway.Fhir;

/// <summary>GET /fhir/Bundle/{caseId}: a case as a FHIR R4 bundle for the hospital information system, under the same access rule and audit as any case read.</summary>
public static class FhirEndpoints
{
    public static IEndpointRouteBuilder MapFhirExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/fhir/Bundle/{caseId}", async Task<Results<ContentHttpResult, ProblemHttpResult>> (
            string caseId, ClaimsPrincipal user, HttpContext http, CaseStore cases, CaseAccess access, FhirExport export,
            CancellationToken cancellationToken) =>
        {
            // A case the caller may not read is answered exactly as a missing one, so the answer never tells whether an id exists.
            var stored = await cases.FindAsync(caseId, cancellationToken);
            if (stored is null || !await access.AllowsAsync(user, stored, "case.export.fhir", http.Connection.RemoteIpAddress?.ToString() ?? "", cancellationToken))
            {
                return TypedResults.Problem($"No case '{caseId}' that you may read.", statusCode: StatusCodes.Status404NotFound);
            }

            return TypedResults.Text(await export.JsonOfAsync(stored, cancellationToken), FhirExport.MediaType);
        }).RequireAuthorization();
        return endpoints;
    }
}
