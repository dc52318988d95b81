using System.ComponentModel.DataAnnotations;

namespace Triage.Gateway.RateLimits;

/// <summary>The "RateLimits" configuration section: a token bucket per terminal or user (per address before sign-in).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sustained calls per second; a terminal forwards its queue as one streaming call, so this is generous.</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerSecond { get; set; } = 20;

    /// <summary>Calls allowed at once after a quiet spell.</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 100;
}
