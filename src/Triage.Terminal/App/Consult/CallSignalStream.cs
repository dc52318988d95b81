using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Grpc.Core;
using Triage.Contracts.V1;
using Triage.Terminal.App.Api;
using Triage.Terminal.App.Link;
using Triage.Terminal.Link;

namespace Triage.Terminal.App.Consult;

/// <summary>
/// The specialist's call signals for a case, from the gateway's <c>WatchCallSignals</c> to the page as server-sent
/// events. The first event, <c>ready</c>, comes once the gateway is listening, so the page answers a ring only when
/// the specialist's reply cannot be missed. Signals are live only: when the link breaks the stream ends, and so
/// does the call on this side.
/// </summary>
internal sealed class CallSignalStream(TerminalSession session, LinkMonitor link)
{
    public async IAsyncEnumerable<SseItem<string>> FollowAsync(string caseId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var items = Channel.CreateUnbounded<SseItem<string>>();
        var listening = ListenAsync(caseId, items.Writer, cancellationToken);
        await foreach (var item in items.Reader.ReadAllAsync(CancellationToken.None))
        {
            yield return item;
        }

        await listening;
    }

    private async Task ListenAsync(string caseId, ChannelWriter<SseItem<string>> items, CancellationToken cancellationToken)
    {
        try
        {
            await session.SignInAsync(cancellationToken);
            using var call = session.Teleconsult.WatchCallSignals(new WatchCallSignalsRequest { CaseId = caseId }, cancellationToken: cancellationToken);
            await call.ResponseHeadersAsync;
            link.Answered();
            items.TryWrite(new SseItem<string>("{}", "ready"));
            await foreach (var signal in call.ResponseStream.ReadAllAsync(cancellationToken))
            {
                items.TryWrite(new SseItem<string>(ProtoJson.Text(signal), "signal"));
            }
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // The page closed the stream: it left the call.
        }
        catch (RpcException e)
        {
            items.TryWrite(new SseItem<string>($"{{\"error\":\"{e.StatusCode}\"}}", "refused"));
        }
        catch (Exception e) when (e is SignInRefusedException or HttpRequestException or IOException)
        {
            link.Unreachable(e.Message);
            items.TryWrite(new SseItem<string>("{\"error\":\"offline\"}", "refused"));
        }
        finally
        {
            items.TryComplete();
        }
    }
}
