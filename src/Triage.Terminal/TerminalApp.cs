using System.CommandLine;
using Triage.Engine;
using Triage.Terminal.Commands;

namespace Triage.Terminal;

/// <summary>The terminal's command tree; built here so tests run it exactly as the program does.</summary>
public static class TerminalApp
{
    public static RootCommand Create(TextReader standardInput) =>
        new("Triage clinic terminal: assess cases offline and submit them to a Triage gateway")
        {
            AssessCommand.Create(TriageEngine.CreateDefault(), standardInput),
            SubmitCommand.Create(standardInput),
        };
}
