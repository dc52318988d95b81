using Microsoft.Extensions.Options;

namespace Telemed.Hub.Calls;

/// <summary>Refuses, at start-up, ICE server settings that would only fail later inside a browser during a call.</summary>
public sealed class CallOptionsValidator : IValidateOptions<CallOptions>
{
    public const int MinSecretLength = 16;

    public ValidateOptionsResult Validate(string? name, CallOptions options)
    {
        var errors = new List<string>();
        errors.AddRange(options.StunUrls.Where(u => !HasScheme(u, "stun:", "stuns:")).Select(u => $"Calls:StunUrls: '{u}' must start with stun: or stuns:."));
        errors.AddRange(options.TurnUrls.Where(u => !HasScheme(u, "turn:", "turns:")).Select(u => $"Calls:TurnUrls: '{u}' must start with turn: or turns:."));
        if (options.TurnUrls.Length > 0 && (options.TurnSecret?.Length ?? 0) < MinSecretLength)
        {
            errors.Add($"Calls:TurnSecret must be set, at least {MinSecretLength} characters, when Calls:TurnUrls are.");
        }

        if (options.RelayOnly && options.TurnUrls.Length == 0)
        {
            errors.Add("Calls:RelayOnly needs Calls:TurnUrls: without a TURN server no call could connect.");
        }

        if (options.CredentialLifetime < TimeSpan.FromMinutes(1) || options.CredentialLifetime > TimeSpan.FromDays(1))
        {
            errors.Add($"Calls:CredentialLifetime must be from 00:01:00 to 1.00:00:00; got {options.CredentialLifetime}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool HasScheme(string url, params string[] schemes) =>
        schemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase) && url.Length > s.Length);
}
