using System.CommandLine;
using System.Text.Json;
using Triage.Engine;
using Triage.Engine.Wire;
using Triage.Terminal.Outbox;
using Triage.Contracts;

namespace Triage.Terminal.Commands;

/// <summary><c>outbox</c>: what this terminal holds and where each case stands.</summary>
internal static class OutboxCommand
{
    public static Command Create()
    {
        var outboxPath = OutboxOption.Create();
        var json = JsonOption.Create();
        var state = new Option<OutboxState?>("--state") { Description = "Only cases in this state: Queued, Sent, Acknowledged or Failed" };
        var command = new Command("outbox", "List the cases in this terminal's outbox with their state") { outboxPath, state, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            await using var outbox = await OutboxOption.OpenAsync(parseResult, outboxPath, cancellationToken);
            if (outbox is null)
            {
                return ExitCodes.OutboxUnreadable;
            }

            var entries = await outbox.ListAsync(parseResult.GetValue(state), cancellationToken);
            if (parseResult.GetValue(json))
            {
                foreach (var entry in entries)
                {
                    await output.WriteLineAsync(JsonSerializer.Serialize(new
                    {
                        entry.ClientCaseId,
                        State = entry.State.ToString().ToLowerInvariant(),
                        entry.Attempts,
                        entry.QueuedAt,
                        entry.UpdatedAt,
                        CaseId = entry.Result?.CaseId,
                        ReferralLevel = entry.Result is null ? null : WireName.Of(entry.Result.ReferralLevel),
                        entry.Reason,
                    }, JsonSerializerOptions.Web));
                }

                return ExitCodes.Ok;
            }

            await output.WriteLineAsync($"{"client_case_id",-36}  {"state",-12}  {"tries",5}  {"queued (UTC)",-16}  result / reason");
            foreach (var entry in entries)
            {
                var outcome = entry.Result is not null ? $"{WireName.Of(entry.Result.ReferralLevel)} (case {entry.Result.CaseId})" : entry.Reason ?? "";
                await output.WriteLineAsync($"{entry.ClientCaseId,-36}  {entry.State.ToString().ToLowerInvariant(),-12}  {entry.Attempts,5}  {entry.QueuedAt.UtcDateTime,-16:yyyy-MM-dd HH:mm}  {outcome}");
            }

            var counts = await outbox.CountAsync(cancellationToken);
            await output.WriteLineAsync($"{counts.Total} cases: {counts.Queued} queued, {counts.Sent} sent, {counts.Acknowledged} acknowledged, {counts.Failed} failed");
            return ExitCodes.Ok;
        });
        return command;
    }
}
