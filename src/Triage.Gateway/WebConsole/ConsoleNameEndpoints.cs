using Triage.Engine.Cases;
using Triage.Engine.Localization;
using Triage.Engine.Rules;
using Triage.Engine.Wire;

namespace Triage.Gateway.WebConsole;

/// <summary>
/// GET /console/names?lang=kk|ru|en: the words for the engine's codes the console shows (red flags by rule code,
/// missing vital signs by wire name) and the vital signs its tables show, from the engine's text catalogue and
/// vital-sign catalogue, their one owner.
/// </summary>
public static class ConsoleNameEndpoints
{
    public static IEndpointRouteBuilder MapConsoleNames(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/console/names", (string? lang) =>
        {
            if (lang is null || !Languages.IsSupported(lang))
            {
                return Results.Problem($"lang must be one of {string.Join(", ", Languages.Supported)}; got '{lang}'.", statusCode: StatusCodes.Status400BadRequest);
            }

            return TypedResults.Ok(new ConsoleNames(
                ClinicalRules.All.Select(r => r.Code).Distinct().ToDictionary(code => code, code => CodeNames.OfRule(code, lang).Text),
                VitalSignCatalogue.All.ToDictionary(sign => sign.Field, sign => VitalNames.Of(sign.Field, lang)),
                VitalSignView.All));
        }).RequireAuthorization();
        return endpoints;
    }
}
