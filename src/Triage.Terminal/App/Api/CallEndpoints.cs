using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Triage.Contracts;
using Triage.Contracts.V1;
using Triage.Terminal.App.Consult;
using Triage.Terminal.Outbox;

namespace Triage.Terminal.App.Api;

/// <summary>
/// A call with the consult's specialist, relayed to the gateway's Teleconsult service: the page stays on its own
/// origin (its CSP allows nothing else), and the terminal's credential never reaches the browser. Only signalling
/// passes here; the browsers' media flows between them (or through TURN), never through the app or the gateway.
/// </summary>
internal static class CallEndpoints
{
    public static void MapCalls(this RouteGroupBuilder api)
    {
        var call = api.MapGroup("/cases/{id}/call");
        call.MapPost("", (string id, CaseOutbox outbox, GatewayCalls gateway, CancellationToken cancellationToken) =>
            ConsultEndpoints.OnAcknowledgedAsync(outbox, gateway, id, async (caseId, ct) => TypedResults.Ok(ProtoJson.Node(
                await gateway.Session.Teleconsult.StartCallAsync(new StartCallRequest { CaseId = caseId }, deadline: gateway.Session.Deadline(), cancellationToken: ct))), cancellationToken));
        call.MapPost("/join", (string id, JsonObject body, CaseOutbox outbox, GatewayCalls gateway, CancellationToken cancellationToken) =>
            ConsultEndpoints.OnAcknowledgedAsync(outbox, gateway, id, async (caseId, ct) => TypedResults.Ok(ProtoJson.Node(
                await gateway.Session.Teleconsult.JoinCallAsync(new JoinCallRequest { CaseId = caseId, CallId = Text(body, "callId") }, deadline: gateway.Session.Deadline(), cancellationToken: ct))), cancellationToken));
        call.MapPost("/signals", (string id, JsonObject body, CaseOutbox outbox, GatewayCalls gateway, CancellationToken cancellationToken) =>
        {
            if (!WireName.TryParse<CallSignalKind>(Text(body, "kind"), out var kind) || kind == CallSignalKind.Unspecified)
            {
                return Task.FromResult<IResult>(ApiError.Status(StatusCodes.Status400BadRequest, "malformed", "kind must be OFFER, ANSWER, ICE_CANDIDATE or MODE."));
            }

            return ConsultEndpoints.OnAcknowledgedAsync(outbox, gateway, id, async (caseId, ct) =>
            {
                await gateway.Session.Teleconsult.SendCallSignalAsync(
                    new CallSignal { CaseId = caseId, CallId = Text(body, "callId"), Kind = kind, Payload = Text(body, "payload") },
                    deadline: gateway.Session.Deadline(), cancellationToken: ct);
                return TypedResults.NoContent();
            }, cancellationToken);
        });
        call.MapPost("/end", (string id, JsonObject body, CaseOutbox outbox, GatewayCalls gateway, CancellationToken cancellationToken) =>
            ConsultEndpoints.OnAcknowledgedAsync(outbox, gateway, id, async (caseId, ct) => TypedResults.Ok(ProtoJson.Node(
                await gateway.Session.Teleconsult.EndCallAsync(new EndCallRequest { CaseId = caseId, CallId = Text(body, "callId") }, deadline: gateway.Session.Deadline(), cancellationToken: ct))), cancellationToken));
        call.MapGet("/signals", async Task<IResult> (string id, CaseOutbox outbox, CallSignalStream stream, CancellationToken cancellationToken) =>
            await outbox.FindAsync(id, cancellationToken) switch
            {
                null => ApiError.NotFound(),
                { Result.CaseId: { } caseId } => TypedResults.ServerSentEvents(stream.FollowAsync(caseId, cancellationToken)),
                _ => ApiError.Status(StatusCodes.Status409Conflict, "notYetSent"),
            });
    }

    private static string Text(JsonObject body, string name) => body[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";
}
