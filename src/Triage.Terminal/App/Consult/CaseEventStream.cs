using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Grpc.Core;
using Triage.Contracts.V1;
using Triage.Terminal.App.Api;
using Triage.Terminal.App.Link;
using Triage.Terminal.Link;

namespace Triage.Terminal.App.Consult;

/// <summary>
/// A case's events from the gateway's <c>WatchCase</c>, passed on to the page as server-sent events numbered by their
/// sequence. When the link breaks the stream says so and opens <c>WatchCase</c> again after the last event, so the
/// page misses nothing and sees nothing twice; a page that reconnects names its last event itself.
/// </summary>
internal sealed class CaseEventStream(TerminalSession session, LinkMonitor link)
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);

    public async IAsyncEnumerable<SseItem<string>> FollowAsync(string caseId, long afterSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var last = afterSequence;
        while (!cancellationToken.IsCancellationRequested)
        {
            var events = System.Threading.Channels.Channel.CreateUnbounded<SseItem<string>>();
            var watching = WatchAsync(caseId, last, events.Writer, cancellationToken);
            await foreach (var item in events.Reader.ReadAllAsync(CancellationToken.None))
            {
                if (item.EventId is { } id)
                {
                    last = long.Parse(id, System.Globalization.CultureInfo.InvariantCulture);
                }

                yield return item;
            }

            if (!await watching)
            {
                yield break;
            }

            try
            {
                await Task.Delay(Pause, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
        }
    }

    /// <summary>One WatchCase call; ends (never throws) when the call does, after saying why; false when trying again cannot help.</summary>
    private async Task<bool> WatchAsync(string caseId, long after, System.Threading.Channels.ChannelWriter<SseItem<string>> events, CancellationToken cancellationToken)
    {
        try
        {
            await session.SignInAsync(cancellationToken);
            using var call = session.Intake.WatchCase(new WatchCaseRequest { CaseId = caseId, AfterSequence = after }, cancellationToken: cancellationToken);
            await foreach (var caseEvent in call.ResponseStream.ReadAllAsync(cancellationToken))
            {
                link.Answered();
                events.TryWrite(new SseItem<string>(ProtoJson.Text(caseEvent), "case-event") { EventId = caseEvent.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }

            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (SignInRefusedException e)
        {
            link.Refused(e.Message);
            events.TryWrite(new SseItem<string>("{\"state\":\"Refused\"}", "link"));
            return false;
        }
        catch (Exception e) when (TransientFaults.IsTransient(e))
        {
            link.Unreachable(LinkResilience.Describe(e));
            if (e is RpcException { StatusCode: StatusCode.Unauthenticated })
            {
                session.Forget();
            }

            events.TryWrite(new SseItem<string>("{\"state\":\"Offline\"}", "link"));
            return true;
        }
        catch (RpcException e)
        {
            events.TryWrite(new SseItem<string>($"{{\"error\":\"{e.StatusCode}\"}}", "refused"));
            return false;
        }
        finally
        {
            events.TryComplete();
        }
    }
}
