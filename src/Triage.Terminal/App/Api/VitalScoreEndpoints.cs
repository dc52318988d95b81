using System.Text.Json.Nodes;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Triage.Contracts.V1;
using Triage.Terminal.App.Entry;

namespace Triage.Terminal.App.Api;

/// <summary><c>POST /api/vital-scores</c>: the engine scores the vital signs of the case being typed, so the page never re-implements a chart.</summary>
internal static class VitalScoreEndpoints
{
    public static void MapVitalScores(this RouteGroupBuilder api) =>
        api.MapPost("/vital-scores", IResult (JsonObject draft) =>
        {
            try
            {
                return TypedResults.Ok(VitalScores.For(ProtoJson.Parse<CaseReport>(draft)));
            }
            catch (Exception e) when (e is InvalidProtocolBufferException or InvalidJsonException or FormatException)
            {
                return ApiError.Status(StatusCodes.Status400BadRequest, "malformed", e.Message);
            }
        });
}
