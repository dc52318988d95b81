using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Triage.Engine.Wire;

namespace Triage.Terminal.App.Api;

/// <summary>
/// The app's refusals: a stable code the page turns into words in the feldsher's language, the detail for support,
/// and the fields concerned.
/// </summary>
internal sealed record ApiError(string Error, string? Detail = null, IReadOnlyList<FieldViolation>? Violations = null)
{
    public static JsonHttpResult<ApiError> Status(int status, string error, string? detail = null, IReadOnlyList<FieldViolation>? violations = null) =>
        TypedResults.Json(new ApiError(error, detail, violations), statusCode: status);

    public static JsonHttpResult<ApiError> NotFound() => Status(StatusCodes.Status404NotFound, "notFound");
}
