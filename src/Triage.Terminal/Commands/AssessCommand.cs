using System.CommandLine;
using Triage.Engine;
using Triage.Engine.Wire;
using Triage.Terminal.Cases;

namespace Triage.Terminal.Commands;

/// <summary><c>assess FILE</c>: triage cases on this machine with the same engine as the server, no link needed.</summary>
internal static class AssessCommand
{
    public static Command Create(TriageEngine engine, TextReader standardInput)
    {
        var file = new Argument<string>("FILE") { Description = "JSON-lines file of CaseReport, one per line; - reads standard input" };
        var command = new Command("assess", "Assess cases offline with the local engine; prints one TriageResult per line") { file };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var errors = new LineErrors(parseResult.InvocationConfiguration.Error);
            await foreach (var line in CaseLineReader.ReadAsync(parseResult.GetValue(file)!, standardInput).WithCancellation(cancellationToken))
            {
                if (line.Report is null)
                {
                    await errors.ReportAsync(line.Number, line.Error!);
                    continue;
                }

                var violations = CaseReportValidator.Validate(line.Report, DateTimeOffset.UtcNow);
                if (violations.Count > 0)
                {
                    await errors.ReportAsync(line.Number, string.Join("; ", violations.Select(v => $"{v.Field} {v.Description}")));
                    continue;
                }

                var assessment = engine.Assess(line.Report.ToClinicalCase());
                await ResultWriter.WriteAsync(output, assessment.ToResult("", line.Report.ClientCaseId, DateTimeOffset.UtcNow));
            }

            return errors.ExitCode;
        });
        return command;
    }
}
