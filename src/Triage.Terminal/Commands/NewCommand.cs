using System.CommandLine;
using Triage.Engine;
using Triage.Engine.Wire;
using Triage.Terminal.Cases;
using Triage.Contracts;

namespace Triage.Terminal.Commands;

/// <summary>
/// <c>new</c>: a feldsher types a case at the keyboard, question by question with range checks; the case goes
/// into the outbox first and is then assessed on the spot with the server's engine, link or no link. When readings
/// that could change the decision are missing, it asks for them before queuing.
/// </summary>
internal static class NewCommand
{
    public const string ClinicVariable = "TRIAGE_CLINIC_ID";

    public static Command Create(TriageEngine engine, TextReader standardInput)
    {
        var outboxPath = OutboxOption.Create();
        var json = JsonOption.Create();
        var clinic = new Option<string>("--clinic")
        {
            Description = $"This health post's clinic id (default: ${ClinicVariable}; asked for when unset)",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable(ClinicVariable) ?? "",
        };
        var command = new Command("new", "Enter a case at the keyboard; it is queued in the outbox and assessed at once, offline") { clinic, outboxPath, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;

            // Questions go to standard error so that standard output carries only the result, e.g. for --json.
            var prompter = new Prompter(standardInput, error);
            Contracts.V1.CaseReport report;
            try
            {
                report = CaseEntry.Ask(prompter, parseResult.GetValue(clinic)!, DateTimeOffset.UtcNow);
            }
            catch (InputEndedException e)
            {
                await error.WriteLineAsync($"{e.Message}; nothing was queued");
                return ExitCodes.Refused;
            }

            var first = engine.Assess(report.ToClinicalCase());
            if (first.MeasureNext.Count > 0)
            {
                // The local assessment knows which missing readings could change the decision: ask for them now.
                prompter.Say(first.Reasons.First(r => r.Code == TriageEngine.MeasureToDecide).Text);
                try
                {
                    CaseEntry.AskMissing(prompter, report.Vitals, first.MeasureNext);
                }
                catch (InputEndedException)
                {
                    prompter.Say("no more readings; the case is assessed as entered");
                }
            }

            var violations = CaseReportValidator.Validate(report, DateTimeOffset.UtcNow);
            if (violations.Count > 0)
            {
                await error.WriteLineAsync("not queued: " + string.Join("; ", violations.Select(v => $"{v.Field} {v.Description}")));
                return ExitCodes.Refused;
            }

            await using var outbox = await OutboxOption.OpenAsync(parseResult, outboxPath, cancellationToken);
            if (outbox is null)
            {
                return ExitCodes.OutboxUnreadable;
            }

            await outbox.EnqueueAsync(report, cancellationToken);
            var result = engine.Assess(report.ToClinicalCase()).ToResult("", report.ClientCaseId, DateTimeOffset.UtcNow);
            await outbox.RecordLocalResultAsync(report.ClientCaseId, result, cancellationToken);
            if (parseResult.GetValue(json))
            {
                await ResultWriter.WriteAsync(output, result);
            }
            else
            {
                await output.WriteLineAsync($"{WireName.Of(result.ReferralLevel)} — {WireName.Of(result.Specialty)}" + (result.News2 is null ? "" : $", NEWS2 {result.News2.Total}"));
                foreach (var reason in result.Reasons)
                {
                    await output.WriteLineAsync($"  • {reason.Text}");
                }

                await output.WriteLineAsync(result.Advice);
                await output.WriteLineAsync($"Queued as {report.ClientCaseId} (assessed on this terminal); sync forwards it to the gateway.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
