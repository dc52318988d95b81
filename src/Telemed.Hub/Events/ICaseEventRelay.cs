using Triage.Contracts.V1;

namespace Telemed.Hub.Events;

/// <summary>Carries committed case events to the other gateway instances, whose feeds then wake their own watchers.</summary>
public interface ICaseEventRelay
{
    void Send(CaseEvent caseEvent);
}
