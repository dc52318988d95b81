using System.CommandLine;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using Triage.Contracts.V1;
using Triage.Terminal.Cases;

namespace Triage.Terminal.Commands;

/// <summary><c>submit FILE --server URL</c>: send cases to a gateway and print the results it returns.</summary>
internal static class SubmitCommand
{
    private static readonly TimeSpan CallDeadline = TimeSpan.FromSeconds(30);

    public static Command Create(TextReader standardInput)
    {
        var file = new Argument<string>("FILE") { Description = "JSON-lines file of CaseReport, one per line; - reads standard input" };
        var server = new Option<Uri>("--server")
        {
            Description = "The gateway's gRPC address",
            DefaultValueFactory = _ => new Uri("http://127.0.0.1:5001"),
            CustomParser = result => ServerAddress.Parse(result),
        };
        var credentials = new TerminalCredentialOptions();
        var command = new Command("submit", "Submit cases to a gateway; prints the stored TriageResult of each") { file, server };
        credentials.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var errors = new LineErrors(parseResult.InvocationConfiguration.Error);
            using var channel = GrpcChannel.ForAddress(parseResult.GetValue(server)!);
            Intake.IntakeClient client;
            try
            {
                client = new Intake.IntakeClient(await AuthenticatedCalls.OpenAsync(
                    channel, parseResult.GetValue(credentials.TerminalId)!, parseResult.GetValue(credentials.Secret)!, DateTime.UtcNow.Add(CallDeadline), cancellationToken));
            }
            catch (RpcException e)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"cannot sign in to {parseResult.GetValue(server)}: {e.StatusCode}: {e.Status.Detail}");
                return LineErrors.BadLinesExitCode;
            }

            await foreach (var line in CaseLineReader.ReadAsync(parseResult.GetValue(file)!, standardInput).WithCancellation(cancellationToken))
            {
                if (line.Report is null)
                {
                    await errors.ReportAsync(line.Number, line.Error!);
                    continue;
                }

                try
                {
                    var response = await client.SubmitCaseAsync(
                        new SubmitCaseRequest { Case = line.Report },
                        deadline: DateTime.UtcNow.Add(CallDeadline),
                        cancellationToken: cancellationToken);
                    await ResultWriter.WriteAsync(output, response.Result);
                }
                catch (RpcException e)
                {
                    await errors.ReportAsync(line.Number, Describe(e));
                }
            }

            return errors.ExitCode;
        });
        return command;
    }

    private static string Describe(RpcException e)
    {
        var violations = e.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations;
        return violations is { Count: > 0 }
            ? $"{e.StatusCode}: " + string.Join("; ", violations.Select(v => $"{v.Field} {v.Description}"))
            : $"{e.StatusCode}: {e.Status.Detail}";
    }
}
