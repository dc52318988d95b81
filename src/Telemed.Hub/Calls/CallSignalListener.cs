using System.Threading.Channels;
using Triage.Contracts.V1;

namespace Telemed.Hub.Calls;

/// <summary>One terminal's queue of the specialist's signals for a case; dispose it to stop listening.</summary>
public sealed class CallSignalListener : IDisposable
{
    private readonly Channel<CallSignal> signals = Channel.CreateUnbounded<CallSignal>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Action<CallSignalListener> stop;

    internal CallSignalListener(string caseId, Action<CallSignalListener> stop)
    {
        CaseId = caseId;
        this.stop = stop;
    }

    public string CaseId { get; }

    public ChannelReader<CallSignal> Signals => signals.Reader;

    internal void Deliver(CallSignal signal) => signals.Writer.TryWrite(signal);

    public void Dispose()
    {
        stop(this);
        signals.Writer.TryComplete();
    }
}
