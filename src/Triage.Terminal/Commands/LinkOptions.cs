using System.CommandLine;
using Triage.Terminal.Link;

namespace Triage.Terminal.Commands;

/// <summary>The options every command that talks to a gateway shares: where it is, who we are, how patient to be.</summary>
internal sealed class LinkOptions
{
    public TerminalCredentialOptions Credentials { get; } = new();

    public Option<Uri> Server { get; } = new("--server")
    {
        Description = "The gateway's gRPC address",
        DefaultValueFactory = _ => new Uri("http://127.0.0.1:5001"),
        CustomParser = ServerAddress.Parse,
    };

    public Option<double> Timeout { get; } = new("--timeout")
    {
        Description = "Deadline of each call, in seconds",
        DefaultValueFactory = _ => 30,
    };

    public Option<int> Retries { get; } = new("--retries")
    {
        Description = "How many times a call broken by the link is tried again (exponential backoff with jitter)",
        DefaultValueFactory = _ => RetrySettings.Default.MaxRetries,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Server);
        Credentials.AddTo(command);
        command.Options.Add(Timeout);
        command.Options.Add(Retries);
        Timeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is <= 0 or > 3600)
            {
                result.AddError("--timeout must be more than 0 and at most 3600 seconds");
            }
        });
        Retries.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 100)
            {
                result.AddError("--retries must be between 0 and 100");
            }
        });
    }

    public TerminalSession OpenSession(ParseResult parseResult, ISavedTokens? saved = null) => new(
        parseResult.GetValue(Server)!,
        parseResult.GetValue(Credentials.TerminalId)!,
        parseResult.GetValue(Credentials.Secret)!,
        TimeSpan.FromSeconds(parseResult.GetValue(Timeout)),
        saved);

    public RetrySettings Retry(ParseResult parseResult) => RetrySettings.Default with { MaxRetries = parseResult.GetValue(Retries) };
}
