namespace Telemed.Hub.Calls;

/// <summary>One entry of a browser's <c>RTCConfiguration.iceServers</c>; TURN entries carry the call's credential.</summary>
public sealed record CallIceServer(IReadOnlyList<string> Urls, string? Username, string? Credential);
