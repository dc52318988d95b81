using Microsoft.AspNetCore.SignalR;
using Telemed.Hub.Events;
using Triage.Contracts.V1;
using Triage.Data.Consults;

namespace Telemed.Hub.Consults;

/// <summary>
/// Tells everyone concerned about a committed event ("persist, then notify"): the terminal's watchers through
/// the case event feed, and the consult's audience through the hub. A notice lost on the way costs nothing:
/// the receiver sees the gap in sequence numbers and asks storage.
/// </summary>
public sealed class ConsultNotifier(IHubContext<ConsultHub, IConsultClient> hub, CaseEventFeed feed)
{
    public async Task PublishAsync(Consult? consult, CaseEvent caseEvent)
    {
        feed.Publish(caseEvent);
        if (consult is null)
        {
            return;
        }

        var notice = caseEvent.ToNotice(consult.Id);
        await hub.Clients.Groups(ConsultGroups.Audience(consult)).CaseEvent(notice);
        if (consult.ClaimedBy is not null)
        {
            await hub.Clients.User(consult.ClaimedBy).CaseEvent(notice);
        }

        await hub.Clients.Groups(ConsultGroups.Audience(consult)).ConsultQueued(consult.ToSummary());
    }
}
