namespace Telemed.Hub.Calls;

/// <summary>What a party needs to take part in a call: which call, and the ICE servers with this call's TURN credential.</summary>
public sealed record CallTicket(string CallId, string ConsultId, IReadOnlyList<CallIceServer> IceServers);
