using System.CommandLine;
using Triage.Terminal.Outbox;

namespace Triage.Terminal.Commands;

/// <summary>--outbox: the terminal's outbox file, one per terminal.</summary>
internal static class OutboxOption
{
    public const string Variable = "TRIAGE_OUTBOX";

    public static Option<string> Create() => new("--outbox")
    {
        Description = $"This terminal's outbox (SQLite file; default: ${Variable}, else outbox.db in the user's local data folder)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path
            ? path
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "triage", "outbox.db"),
    };

    /// <summary>Opens the outbox; when this terminal cannot read it, says why in one line and returns null.</summary>
    public static async Task<CaseOutbox?> OpenAsync(ParseResult parseResult, Option<string> option, CancellationToken cancellationToken)
    {
        try
        {
            return await CaseOutbox.OpenAsync(parseResult.GetValue(option)!, cancellationToken: cancellationToken);
        }
        catch (InvalidDataException e)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync(e.Message);
            return null;
        }
    }
}
