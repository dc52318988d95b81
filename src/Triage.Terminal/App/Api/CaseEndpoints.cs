using System.Text.Json.Nodes;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Triage.Contracts.V1;
using Triage.Terminal.App.Entry;
using Triage.Terminal.Outbox;

namespace Triage.Terminal.App.Api;

/// <summary><c>/api/cases</c>: enter a case, list the outbox, open one case. Only cases in this terminal's outbox exist here.</summary>
internal static class CaseEndpoints
{
    public static void MapCases(this RouteGroupBuilder api)
    {
        api.MapPost("/cases", EnterAsync);
        api.MapGet("/cases", async (CaseOutbox outbox, CancellationToken cancellationToken) =>
            TypedResults.Ok((await outbox.ListAsync(cancellationToken: cancellationToken)).AsEnumerable().Reverse().Select(CaseViews.Summary)));
        api.MapGet("/cases/{id}", async Task<IResult> (string id, CaseOutbox outbox, CancellationToken cancellationToken) =>
            await outbox.FindAsync(id, cancellationToken) is { } entry ? TypedResults.Ok(CaseViews.Detail(entry)) : ApiError.NotFound());
    }

    private static async Task<IResult> EnterAsync(JsonObject body, CaseIntake intake, CancellationToken cancellationToken)
    {
        CaseReport report;
        try
        {
            report = ProtoJson.Parse<CaseReport>(body["case"] ?? new JsonObject());
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidJsonException or FormatException)
        {
            return ApiError.Status(StatusCodes.Status400BadRequest, "malformed", e.Message);
        }

        var confirmed = (body["confirmed"] as JsonArray ?? []).Select(n => n?.GetValue<string>() ?? "").ToHashSet();
        var outcome = await intake.TakeAsync(report, confirmed, cancellationToken);
        if (outcome.Violations.Count > 0)
        {
            return ApiError.Status(StatusCodes.Status400BadRequest, "invalid", violations: outcome.Violations);
        }

        if (outcome.Unconfirmed.Count > 0)
        {
            return TypedResults.Json(new
            {
                error = "confirm",
                unusual = outcome.Unconfirmed.Select(u => new { u.Field, u.Value, usual = new { min = u.Usual.Min, max = u.Usual.Max } }),
            }, statusCode: StatusCodes.Status409Conflict);
        }

        return outcome.IdTaken
            ? ApiError.Status(StatusCodes.Status409Conflict, "idTaken")
            : TypedResults.Created($"/api/cases/{outcome.ClientCaseId}", new { clientCaseId = outcome.ClientCaseId });
    }
}
