using Microsoft.AspNetCore.SignalR;
using Telemed.Hub.Events;
using Triage.Contracts.V1;
using Triage.Data.Consults;

namespace Telemed.Hub.Consults;

/// <summary>
/// Tells everyone concerned about events committed together ("persist, then notify"): the terminal's watchers
/// through the case event feed, and the consult's audience through the hub. A notice lost on the way costs nothing:
/// the receiver sees the gap in sequence numbers and asks storage.
/// </summary>
public sealed class ConsultNotifier(IHubContext<ConsultHub, IConsultClient> hub, CaseEventFeed feed)
{
    /// <param name="consult">The consult as it stands after the events; null when the case has none.</param>
    /// <param name="caseEvents">Events of one commit, in sequence order.</param>
    public async Task PublishAsync(Consult? consult, IReadOnlyList<CaseEvent> caseEvents)
    {
        foreach (var caseEvent in caseEvents)
        {
            feed.Publish(caseEvent);
        }

        if (consult is null)
        {
            return;
        }

        // The queue entry first and once per commit: it is what every specialist of the audience acts on, while the
        // event notices matter only to a view of the case that is open, and a commit of several events (a case and
        // its consult) changes the entry once. Each group send serializes its message once for all its connections.
        var audience = hub.Clients.Groups(ConsultGroups.Audience(consult));
        await audience.ConsultQueued(consult.ToSummary());
        var claimer = consult.ClaimedBy is null ? null : hub.Clients.User(consult.ClaimedBy);
        foreach (var caseEvent in caseEvents)
        {
            var notice = caseEvent.ToNotice(consult.Id);
            await audience.CaseEvent(notice);
            if (claimer is not null)
            {
                await claimer.CaseEvent(notice);
            }
        }
    }
}
