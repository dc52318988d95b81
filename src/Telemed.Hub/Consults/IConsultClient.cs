using Telemed.Hub.Calls;

namespace Telemed.Hub.Consults;

/// <summary>What the hub calls on a specialist's browser or client.</summary>
public interface IConsultClient
{
    /// <summary>A consult entered, or changed in, the receiver's queue.</summary>
    Task ConsultQueued(ConsultSummary consult);

    /// <summary>A case event was committed.</summary>
    Task CaseEvent(CaseEventNotice notice);

    /// <summary>The feldsher's browser sent a call signal (offer, answer, ICE candidate, mode); not stored.</summary>
    Task CallSignal(CallSignalNotice notice);
}
