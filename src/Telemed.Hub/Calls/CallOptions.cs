namespace Telemed.Hub.Calls;

/// <summary>
/// The "Calls" configuration section: the STUN and TURN servers browsers use to reach each other through NAT. With
/// nothing set, calls still connect where the two browsers see each other directly (a LAN, loopback).
/// </summary>
public sealed class CallOptions
{
    public const string Section = "Calls";

    /// <summary>e.g. <c>stun:turn.example.kz:3478</c>.</summary>
    public string[] StunUrls { get; set; } = [];

    /// <summary>e.g. <c>turn:turn.example.kz:3478?transport=udp</c>, <c>turns:turn.example.kz:5349?transport=tcp</c>.</summary>
    public string[] TurnUrls { get; set; } = [];

    /// <summary>coturn's <c>static-auth-secret</c>; every call gets its own credential derived from it, never the secret.</summary>
    public string? TurnSecret { get; set; }

    /// <summary>
    /// Media only through TURN (the browsers' <c>iceTransportPolicy: "relay"</c>): neither side learns the other's
    /// addresses, and a site whose firewall lets only the TURN server through still connects. Needs <see cref="TurnUrls"/>.
    /// </summary>
    public bool RelayOnly { get; set; }

    /// <summary>How long a call's TURN credential is accepted for a new allocation.</summary>
    public TimeSpan CredentialLifetime { get; set; } = TimeSpan.FromHours(2);
}
