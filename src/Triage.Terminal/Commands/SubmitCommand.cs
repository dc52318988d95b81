using System.CommandLine;
using Grpc.Core;
using Triage.Contracts.V1;
using Triage.Terminal.Cases;
using Triage.Terminal.Link;
using Triage.Terminal.Outbox;

namespace Triage.Terminal.Commands;

/// <summary>
/// <c>submit FILE</c>: queue cases in the outbox, then send each to the gateway and print the stored result.
/// Without a link the cases stay queued for <c>sync</c>.
/// </summary>
internal static class SubmitCommand
{
    public static Command Create(TextReader standardInput)
    {
        var file = new Argument<string>("FILE") { Description = "JSON-lines file of CaseReport, one per line; - reads standard input" };
        var outboxPath = OutboxOption.Create();
        var link = new LinkOptions();
        var command = new Command("submit", "Queue cases in the outbox and submit them to a gateway; prints the stored TriageResult of each") { file, outboxPath };
        link.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var errors = new LineErrors(error);
            await using var outbox = await OutboxOption.OpenAsync(parseResult, outboxPath, cancellationToken);
            if (outbox is null)
            {
                return ExitCodes.OutboxUnreadable;
            }

            // Everything is in the outbox, in one commit, before the first byte goes out: a link that drops mid-file loses nothing.
            var read = new List<(int Line, CaseReport Report)>();
            await foreach (var line in CaseLineReader.ReadAsync(parseResult.GetValue(file)!, standardInput).WithCancellation(cancellationToken))
            {
                if (line.Report is null)
                {
                    await errors.ReportAsync(line.Number, line.Error!);
                }
                else if (!Guid.TryParseExact(line.Report.ClientCaseId, "D", out _))
                {
                    await errors.ReportAsync(line.Number, $"client_case_id must be a UUID such as 3f2b8c1e-6a47-4d0c-9a51-2b7e1f0c9d84; got '{line.Report.ClientCaseId}'");
                }
                else
                {
                    read.Add((line.Number, line.Report));
                }
            }

            var outcomes = await outbox.EnqueueAsync(read.Select(r => r.Report).ToList(), cancellationToken);
            var queued = new List<(int Line, CaseReport Report)>();
            for (var i = 0; i < read.Count; i++)
            {
                if (outcomes[i] == EnqueueOutcome.Conflict)
                {
                    await errors.ReportAsync(read[i].Line, $"client_case_id {read[i].Report.ClientCaseId} is already in the outbox for a different case; give this case a new id");
                }
                else
                {
                    queued.Add(read[i]);
                }
            }

            using var session = link.OpenSession(parseResult, outbox);
            var pipeline = LinkResilience.Create(link.Retry(parseResult), session, message => error.WriteLine($"link: {message}"));
            try
            {
                await pipeline.ExecuteAsync(async token => await session.SignInAsync(token), cancellationToken);
            }
            catch (Exception e) when (e is SignInRefusedException || TransientFaults.IsTransient(e))
            {
                await error.WriteLineAsync($"cannot sign in to {session.Server}: {LinkResilience.Describe(e)}; {queued.Count} cases stay queued in the outbox, run sync when the link is back");
                return e is SignInRefusedException ? ExitCodes.SignInRefused : ExitCodes.Offline;
            }

            for (var i = 0; i < queued.Count; i++)
            {
                var (lineNumber, report) = queued[i];
                var entry = (await outbox.FindAsync(report.ClientCaseId, cancellationToken))!;
                switch (entry.State)
                {
                    case OutboxState.Acknowledged:
                        // Already stored by the gateway: show what it answered then, never send it again.
                        await ResultWriter.WriteAsync(output, entry.Result!);
                        continue;
                    case OutboxState.Failed:
                        await errors.ReportAsync(lineNumber, $"refused earlier: {entry.Reason}");
                        continue;
                }

                try
                {
                    var response = await pipeline.ExecuteAsync(async token =>
                    {
                        await session.SignInAsync(token);
                        await outbox.MarkSentAsync([report.ClientCaseId], token);
                        return await session.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report }, deadline: session.Deadline(), cancellationToken: token);
                    }, cancellationToken);
                    await outbox.RecordAsync([OutboxAnswer.Stored(report.ClientCaseId, response.Result)], CancellationToken.None);
                    await ResultWriter.WriteAsync(output, response.Result);
                }
                catch (RpcException e) when (!TransientFaults.IsTransient(e))
                {
                    await outbox.RecordAsync([OutboxAnswer.Refused(report.ClientCaseId, Refusals.Describe(e))], CancellationToken.None);
                    await errors.ReportAsync(lineNumber, Refusals.Describe(e));
                }
                catch (Exception e) when (e is SignInRefusedException || TransientFaults.IsTransient(e))
                {
                    await error.WriteLineAsync($"lost the link to {session.Server}: {LinkResilience.Describe(e)}; {queued.Count - i} cases stay queued in the outbox, run sync when the link is back");
                    return ExitCodes.Offline;
                }
            }

            return errors.ExitCode;
        });
        return command;
    }
}
