using System.CommandLine;
using Triage.Engine;
using Triage.Engine.Model;
using Triage.Terminal.Commands;

namespace Triage.Terminal;

/// <summary>The terminal's command tree; built here so tests run it exactly as the program does.</summary>
public static class TerminalApp
{
    /// <summary>The same rules and shipped risk model as the gateway, loaded once per process.</summary>
    private static readonly Lazy<TriageEngine> Engine = new(() => TriageEngine.CreateDefault(model: OnnxRiskModel.LoadShipped()));

    public static RootCommand Create(TextReader standardInput)
    {
        var engine = Engine.Value;
        return new("Triage clinic terminal: enter and assess cases offline, keep them in a local outbox, forward them to a Triage gateway")
        {
            NewCommand.Create(engine, standardInput),
            AssessCommand.Create(engine, standardInput),
            SubmitCommand.Create(standardInput),
            SyncCommand.Create(),
            WatchCommand.Create(),
            OutboxCommand.Create(),
            SimulateCommand.Create(),
            App.ServeCommand.Create(engine),
        };
    }
}
