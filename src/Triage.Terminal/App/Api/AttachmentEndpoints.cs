using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Triage.Terminal.App.Consult;
using Triage.Terminal.Outbox;

namespace Triage.Terminal.App.Api;

/// <summary>
/// <c>/api/cases/{id}/attachments</c>: a photo from the tablet's camera or a file, the raw bytes with their type and
/// (URL-encoded) name in headers; kept here at once, sent to the gateway when it can be.
/// </summary>
internal static class AttachmentEndpoints
{
    public const string FileNameHeader = "X-File-Name";

    public static void MapAttachments(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{id}/attachments", async Task<IResult> (string id, HttpContext context, CaseOutbox outbox, AttachmentQueue queue, CancellationToken cancellationToken) =>
        {
            if (await outbox.FindAsync(id, cancellationToken) is null)
            {
                return ApiError.NotFound();
            }

            var request = context.Request;
            var fileName = Uri.UnescapeDataString(request.Headers[FileNameHeader].ToString());
            if (string.IsNullOrWhiteSpace(fileName) || string.IsNullOrEmpty(request.ContentType))
            {
                return ApiError.Status(StatusCodes.Status400BadRequest, "attachmentUnnamed");
            }

            if (request.ContentLength is null or 0 or > AttachmentQueue.MaxBytes)
            {
                return ApiError.Status(StatusCodes.Status400BadRequest, "attachmentSize", $"1 to {AttachmentQueue.MaxBytes} bytes");
            }

            context.Features.Get<IHttpMaxRequestBodySizeFeature>()!.MaxRequestBodySize = AttachmentQueue.MaxBytes;
            var attachment = await queue.AddAsync(id, fileName, request.ContentType, request.Body, cancellationToken);
            return TypedResults.Accepted($"/api/cases/{id}/attachments", attachment);
        });
        api.MapGet("/cases/{id}/attachments", async (string id, AttachmentQueue queue, CancellationToken cancellationToken) =>
            TypedResults.Ok(await queue.ForCaseAsync(id, cancellationToken)));
    }
}
