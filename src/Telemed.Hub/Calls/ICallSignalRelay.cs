using Triage.Contracts.V1;

namespace Telemed.Hub.Calls;

/// <summary>Carries a specialist's call signals to the other gateway instances, where the clinic's terminal may be listening.</summary>
public interface ICallSignalRelay
{
    void Send(CallSignal signal);
}
