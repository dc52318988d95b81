using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Triage.Terminal.App.Link;
using Triage.Terminal.Outbox;

namespace Triage.Terminal.App.Api;

/// <summary><c>/api/link</c>: the link indicator and the outbox counts; <c>POST /api/sync</c> forwards now instead of at the next look.</summary>
internal static class LinkEndpoints
{
    public static void MapLink(this RouteGroupBuilder api)
    {
        api.MapGet("/link", async (LinkMonitor link, CaseOutbox outbox, CancellationToken cancellationToken) =>
        {
            var status = link.Status;
            return TypedResults.Ok(new
            {
                state = status.State.ToString(),
                status.LastContact,
                status.Detail,
                counts = await outbox.CountAsync(cancellationToken),
            });
        });
        api.MapPost("/sync", (SyncTrigger trigger) =>
        {
            trigger.Pull();
            return TypedResults.Accepted((string?)null);
        });
    }
}
