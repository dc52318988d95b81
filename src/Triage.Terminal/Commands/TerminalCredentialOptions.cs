using System.CommandLine;

namespace Triage.Terminal.Commands;

/// <summary>
/// The terminal's enrolment credentials. The environment variables are the better place for the secret:
/// a command line is visible to other users of the machine.
/// </summary>
internal sealed class TerminalCredentialOptions
{
    public const string IdVariable = "TRIAGE_TERMINAL_ID";
    public const string SecretVariable = "TRIAGE_TERMINAL_SECRET";

    public Option<string> TerminalId { get; } = new("--terminal-id")
    {
        Description = $"This terminal's enrolment id (default: ${IdVariable})",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(IdVariable) ?? "",
    };

    public Option<string> Secret { get; } = new("--secret")
    {
        Description = $"This terminal's enrolment secret (default: ${SecretVariable})",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(SecretVariable) ?? "",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(TerminalId);
        command.Options.Add(Secret);
    }
}
