using System.CommandLine;
using Google.Protobuf;
using Grpc.Core;
using Triage.Contracts.V1;
using Triage.Terminal.Link;

namespace Triage.Terminal.Commands;

/// <summary>
/// <c>watch CASE</c>: follow a case's events (result, consult, messages, the specialist's conclusion). A broken
/// stream is opened again from the last sequence received, so nothing is missed or shown twice.
/// </summary>
internal static class WatchCommand
{
    // A stream is re-opened at least this often, so even an open-ended watch has a deadline on each call.
    private static readonly TimeSpan StreamDeadline = TimeSpan.FromMinutes(10);
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default);

    public static Command Create()
    {
        var caseId = new Argument<string>("CASE") { Description = "The gateway's case id or this terminal's client_case_id" };
        var after = new Option<long>("--after") { Description = "Show only events after this sequence number", DefaultValueFactory = _ => 0 };
        var duration = new Option<double>("--for") { Description = "Stop after this many seconds (default: follow until the specialist concludes)" };
        var json = JsonOption.Create();
        var link = new LinkOptions();
        var command = new Command("watch", "Follow a case: the gateway's result, the consult, messages and the specialist's conclusion") { caseId, after, duration, json };
        link.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            using var session = link.OpenSession(parseResult);
            var pipeline = LinkResilience.Create(link.Retry(parseResult), session, message => error.WriteLine($"link: {message}"));
            var seconds = parseResult.GetValue(duration);
            var until = seconds > 0 ? DateTime.UtcNow.AddSeconds(seconds) : DateTime.MaxValue;
            var last = parseResult.GetValue(after);
            var asJson = parseResult.GetValue(json);
            try
            {
                while (true)
                {
                    var (ended, progressed) = await pipeline.ExecuteAsync(async token =>
                    {
                        var received = false;
                        try
                        {
                            await session.SignInAsync(token);
                            var deadline = until < DateTime.UtcNow + StreamDeadline ? until : DateTime.UtcNow + StreamDeadline;
                            using var call = session.Intake.WatchCase(new WatchCaseRequest { CaseId = parseResult.GetValue(caseId), AfterSequence = last }, deadline: deadline, cancellationToken: token);
                            await foreach (var caseEvent in call.ResponseStream.ReadAllAsync(token))
                            {
                                await output.WriteLineAsync(asJson ? Formatter.Format(caseEvent) : CaseEventText.Of(caseEvent));
                                last = caseEvent.Sequence;
                                received = true;
                                if (caseEvent.EventCase == CaseEvent.EventOneofCase.Concluded)
                                {
                                    return (true, true);
                                }
                            }

                            return (DateTime.UtcNow >= until, received);
                        }
                        catch (RpcException e) when (e.StatusCode == StatusCode.DeadlineExceeded && DateTime.UtcNow >= until)
                        {
                            return (true, received);
                        }
                        catch (Exception e) when (received && TransientFaults.IsTransient(e) && !token.IsCancellationRequested)
                        {
                            // Events got through before the break: reconnect at once, from the last one.
                            return (false, true);
                        }
                    }, cancellationToken);
                    if (ended)
                    {
                        return ExitCodes.Ok;
                    }

                    if (!progressed)
                    {
                        await Task.Delay(RetrySettings.Default.FirstDelay, cancellationToken);
                    }
                }
            }
            catch (SignInRefusedException e)
            {
                await error.WriteLineAsync($"cannot sign in to {session.Server}: {e.Message}");
                return ExitCodes.SignInRefused;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                await error.WriteLineAsync($"{Refusals.Describe(e)}; a case still in the outbox reaches the gateway with sync");
                return ExitCodes.Refused;
            }
            catch (RpcException e) when (!TransientFaults.IsTransient(e))
            {
                await error.WriteLineAsync(Refusals.Describe(e));
                return ExitCodes.Refused;
            }
            catch (Exception e) when (TransientFaults.IsTransient(e))
            {
                await error.WriteLineAsync($"lost the link to {session.Server}: {LinkResilience.Describe(e)}; watch again with --after {last}");
                return ExitCodes.Offline;
            }
        });
        return command;
    }
}
