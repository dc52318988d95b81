using System.Text.Json.Nodes;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Triage.Contracts.V1;
using Triage.Engine.Wire;
using Triage.Terminal.App.Consult;
using Triage.Terminal.App.Entry;
using Triage.Terminal.Outbox;

namespace Triage.Terminal.App.Api;

/// <summary>
/// The consult from the feldsher's side, for cases the gateway has acknowledged: follow it live, ask for a
/// specialist, write, send new vital signs, send photos. A case not in this terminal's outbox does not exist here,
/// whatever id the page names, so no other clinic's case can be reached through the app.
/// </summary>
internal static class ConsultEndpoints
{
    public static void MapConsults(this RouteGroupBuilder api)
    {
        var consult = api.MapGroup("/cases/{id}");
        consult.MapGet("/events", async Task<IResult> (string id, HttpRequest request, CaseOutbox outbox, CaseEventStream stream, CancellationToken cancellationToken) =>
        {
            if (await outbox.FindAsync(id, cancellationToken) is not { } entry)
            {
                return ApiError.NotFound();
            }

            if (entry.Result?.CaseId is not { } caseId)
            {
                return ApiError.Status(StatusCodes.Status409Conflict, "notYetSent");
            }

            // EventSource names the last event it saw when it reconnects by itself.
            var after = long.TryParse(request.Headers["Last-Event-ID"].ToString(), out var lastEventId) ? lastEventId : 0;
            return TypedResults.ServerSentEvents(stream.FollowAsync(caseId, after, cancellationToken));
        });
        consult.MapPost("/consult", (string id, JsonObject body, CaseOutbox outbox, GatewayCalls gateway, CancellationToken cancellationToken) =>
            OnAcknowledgedAsync(outbox, gateway, id, async (caseId, ct) => TypedResults.Ok(ProtoJson.Node(
                await gateway.Session.Teleconsult.RequestConsultAsync(
                    new RequestConsultRequest { CaseId = caseId, Reason = body["reason"]?.GetValue<string>() ?? "" }, deadline: gateway.Session.Deadline(), cancellationToken: ct))), cancellationToken));
        consult.MapPost("/messages", (string id, JsonObject body, CaseOutbox outbox, GatewayCalls gateway, CancellationToken cancellationToken) =>
            OnAcknowledgedAsync(outbox, gateway, id, async (caseId, ct) => TypedResults.Ok(ProtoJson.Node(
                await gateway.Session.Teleconsult.SendConsultMessageAsync(new SendConsultMessageRequest
                {
                    CaseId = caseId,
                    Text = body["text"]?.GetValue<string>() ?? "",
                    ClientMessageId = body["clientMessageId"]?.GetValue<string>() ?? "",
                }, deadline: gateway.Session.Deadline(), cancellationToken: ct))), cancellationToken));
        consult.MapPost("/vitals", UpdateVitalsAsync);
    }

    /// <summary>New vital signs are checked as a new case would be (bounds, then unusual values to confirm) before the gateway triages again.</summary>
    private static async Task<IResult> UpdateVitalsAsync(string id, JsonObject body, CaseOutbox outbox, GatewayCalls gateway, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await outbox.FindAsync(id, cancellationToken) is not { } entry)
        {
            return ApiError.NotFound();
        }

        if (entry.Result is null)
        {
            return ApiError.Status(StatusCodes.Status409Conflict, "notYetSent");
        }

        Vitals vitals;
        try
        {
            vitals = ProtoJson.Parse<Vitals>(body["vitals"] ?? new JsonObject());
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidJsonException or FormatException)
        {
            return ApiError.Status(StatusCodes.Status400BadRequest, "malformed", e.Message);
        }

        var now = clock.GetUtcNow();
        var check = entry.Report.Clone();
        check.Vitals = vitals;
        if (CaseReportValidator.Validate(check, now) is { Count: > 0 } violations)
        {
            return ApiError.Status(StatusCodes.Status400BadRequest, "invalid", violations: violations);
        }

        var confirmed = (body["confirmed"] as JsonArray ?? []).Select(n => n?.GetValue<string>() ?? "").ToHashSet();
        var unconfirmed = UnusualValues.Find(CaseFields.ValuesOf(check)).Where(u => u.Field.StartsWith("case.vitals.", StringComparison.Ordinal) && !confirmed.Contains(u.Field)).ToList();
        if (unconfirmed.Count > 0)
        {
            return TypedResults.Json(new { error = "confirm", unusual = unconfirmed.Select(u => new { u.Field, u.Value, usual = new { min = u.Usual.Min, max = u.Usual.Max } }) },
                statusCode: StatusCodes.Status409Conflict);
        }

        return await gateway.RunAsync(async ct => TypedResults.Ok(ProtoJson.Node(await gateway.Session.Teleconsult.UpdateVitalsAsync(
            new UpdateVitalsRequest { CaseId = entry.Result.CaseId, Vitals = vitals, RecordedAt = Timestamp.FromDateTimeOffset(now) },
            deadline: gateway.Session.Deadline(), cancellationToken: ct))), cancellationToken);
    }

    /// <summary>Calls the gateway about a case of this outbox that the gateway has stored, by the gateway's id.</summary>
    internal static async Task<IResult> OnAcknowledgedAsync(CaseOutbox outbox, GatewayCalls gateway, string id, Func<string, CancellationToken, Task<IResult>> call, CancellationToken cancellationToken) =>
        await outbox.FindAsync(id, cancellationToken) switch
        {
            null => ApiError.NotFound(),
            { Result.CaseId: { } caseId } => await gateway.RunAsync(ct => call(caseId, ct), cancellationToken),
            _ => ApiError.Status(StatusCodes.Status409Conflict, "notYetSent"),
        };
}
