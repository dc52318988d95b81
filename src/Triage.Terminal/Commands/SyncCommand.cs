using System.CommandLine;
using System.Text.Json;
using Triage.Terminal.Link;
using Triage.Terminal.Sync;

namespace Triage.Terminal.Commands;

/// <summary><c>sync</c>: forward the outbox to the gateway, one acknowledgement per case, resumable after any break.</summary>
internal static class SyncCommand
{
    public static Command Create()
    {
        var outboxPath = OutboxOption.Create();
        var json = JsonOption.Create();
        var batch = new Option<int>("--batch")
        {
            Description = "Cases per SyncCases call; each call has its own deadline of --timeout seconds",
            DefaultValueFactory = _ => SyncSettings.Default.BatchSize,
        };
        var link = new LinkOptions();
        var command = new Command("sync", "Forward queued cases to the gateway; acknowledged cases are never sent again, the rest are retried") { outboxPath, batch, json };
        link.AddTo(command);
        batch.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 10_000)
            {
                result.AddError("--batch must be between 1 and 10000");
            }
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var asJson = parseResult.GetValue(json);
            await using var outbox = await OutboxOption.OpenAsync(parseResult, outboxPath, cancellationToken);
            if (outbox is null)
            {
                return ExitCodes.OutboxUnreadable;
            }

            using var session = link.OpenSession(parseResult, outbox);
            var settings = new SyncSettings(parseResult.GetValue(batch), session.CallTimeout, link.Retry(parseResult));
            var sync = new OutboxSync(outbox, session, settings, message => error.WriteLine($"link: {message}"));
            SyncReport report;
            try
            {
                report = await ProgressDisplay.RunAsync(error, asJson, "Forwarding the outbox", progress =>
                    sync.RunAsync(progress is null ? null : new Progress<SyncProgress>(p => progress.Report((p.Answered, p.Due))), cancellationToken));
            }
            catch (SignInRefusedException e)
            {
                await error.WriteLineAsync($"cannot sign in to {session.Server}: {e.Message}; the cases stay queued");
                return ExitCodes.SignInRefused;
            }

            if (asJson)
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(report, JsonSerializerOptions.Web));
            }
            else
            {
                await output.WriteLineAsync($"{report.Acknowledged} acknowledged, {report.Refused} refused, {report.StillPending} still queued");
                foreach (var failed in report.Refused > 0 ? await outbox.ListAsync(Outbox.OutboxState.Failed, cancellationToken) : [])
                {
                    await output.WriteLineAsync($"refused {failed.ClientCaseId}: {failed.Reason}");
                }
            }

            if (!report.Complete)
            {
                await error.WriteLineAsync($"the link to {session.Server} did not hold ({report.LastError}); run sync again when it is back");
                return ExitCodes.Offline;
            }

            return report.Refused > 0 ? ExitCodes.Refused : ExitCodes.Ok;
        });
        return command;
    }
}
