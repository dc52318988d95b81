using System.ComponentModel.DataAnnotations;

namespace Triage.Gateway.Auth;

/// <summary>The "Auth" configuration section: how tokens are signed and checked.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Base64 HMAC-SHA256 key (32 bytes or more). When empty, a key is generated into <see cref="SigningKeyFile"/> on first start.</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>Relative paths are under the content root; never commit the file.</summary>
    [Required]
    public string SigningKeyFile { get; set; } = "data/signing-key";

    [Required]
    public string Issuer { get; set; } = "triage";

    [Required]
    public string Audience { get; set; } = "triage";

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Terminals renew often, so a stolen token is useful only briefly and a revocation bites soon.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TerminalTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>An external OpenID Connect authority (e.g. a regional Keycloak realm); when set, people sign in there instead of here.</summary>
    public string Authority { get; set; } = "";

    /// <summary>The claim an external authority puts roles in.</summary>
    [Required]
    public string RoleClaim { get; set; } = "role";

    /// <summary>Tolerated difference between the issuer's clock and ours.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);
}
