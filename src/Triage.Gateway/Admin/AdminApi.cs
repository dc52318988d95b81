using Microsoft.AspNetCore.Http.HttpResults;
using Telemed.Hub.Consults;
using Triage.Contracts.V1;
using Triage.Engine;
using Triage.Data.Consults;
using Triage.Contracts;

namespace Triage.Gateway.Admin;

/// <summary>The duty roster over HTTP, for administrators: who is on duty, and putting specialists on or off it.</summary>
public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/admin").RequireAuthorization(policy => policy.RequireRole(AdminRole.Name));

        admin.MapGet("/specialists", async (SpecialistDirectory specialists, CancellationToken cancellationToken) =>
            (await specialists.AllAsync(cancellationToken)).Select(s => new
            {
                s.Id,
                s.Name,
                s.RegionId,
                Specialties = s.Specialties.Select(code => WireName.Of((Specialty)code)),
                s.OnDuty,
            }));

        admin.MapPut("/specialists/{id}/duty", async Task<Results<NoContent, ProblemHttpResult>> (string id, DutyChange change, SpecialistDirectory specialists, CancellationToken cancellationToken) =>
            await specialists.SetOnDutyAsync(id, change.OnDuty, cancellationToken)
                ? TypedResults.NoContent()
                : TypedResults.Problem($"No specialist '{id}'.", statusCode: StatusCodes.Status404NotFound));
        return endpoints;
    }
}
