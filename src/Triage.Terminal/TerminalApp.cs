using System.CommandLine;
using Triage.Engine;
using Triage.Terminal.Commands;

namespace Triage.Terminal;

/// <summary>The terminal's command tree; built here so tests run it exactly as the program does.</summary>
public static class TerminalApp
{
    public static RootCommand Create(TextReader standardInput)
    {
        var engine = TriageEngine.CreateDefault();
        return new("Triage clinic terminal: enter and assess cases offline, keep them in a local outbox, forward them to a Triage gateway")
        {
            NewCommand.Create(engine, standardInput),
            AssessCommand.Create(engine, standardInput),
            SubmitCommand.Create(standardInput),
            SyncCommand.Create(),
            WatchCommand.Create(),
            OutboxCommand.Create(),
            SimulateCommand.Create(),
        };
    }
}
