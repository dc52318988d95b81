using System.CommandLine.Parsing;

namespace Triage.Terminal.Commands;

/// <summary>Parses an address option (--server, --listen): an absolute http or https address.</summary>
internal static class ServerAddress
{
    public static Uri? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (Uri.TryCreate(text, UriKind.Absolute, out var address) && address.Scheme is "http" or "https")
        {
            return address;
        }

        var option = (result.Parent as OptionResult)?.Option.Name ?? "--server";
        result.AddError($"{option} must be an http:// or https:// address such as http://127.0.0.1:5001; got '{text}'");
        return null;
    }
}
