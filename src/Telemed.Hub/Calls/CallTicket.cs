namespace Telemed.Hub.Calls;

/// <summary>
/// What a party needs to take part in a call: which call, the ICE servers with this call's TURN credential, and
/// whether media may only go through TURN.
/// </summary>
public sealed record CallTicket(string CallId, string ConsultId, IReadOnlyList<CallIceServer> IceServers, bool RelayOnly);
