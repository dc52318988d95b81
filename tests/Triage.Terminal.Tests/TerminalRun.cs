using System.CommandLine;
using Google.Protobuf;
using Triage.Contracts.V1;
using Triage.Testing;

namespace Triage.Terminal.Tests;

/// <summary>One run of the terminal's command line, in process, with what it printed.</summary>
public sealed record TerminalRun(int ExitCode, string Output, string Error)
{
    public static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    /// <summary>The switches that point a command at <paramref name="gateway"/> as its enrolled terminal.</summary>
    public static string[] Link(GatewayHost gateway) =>
        ["--server", gateway.GrpcAddress.ToString(), "--terminal-id", gateway.TerminalId, "--secret", gateway.TerminalSecret];

    public IReadOnlyList<TriageResult> Results =>
        Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JsonParser.Default.Parse<TriageResult>).ToList();

    public static async Task<TerminalRun> RunAsync(string[] args, string standardInput = "")
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await TerminalApp.Create(new StringReader(standardInput))
            .Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new TerminalRun(exitCode, output.ToString(), error.ToString());
    }
}
