namespace Telemed.Hub.Calls;

/// <summary>A feldsher's call signal pushed to the specialist's console: the kind's wire name (OFFER, ANSWER, ICE_CANDIDATE, MODE) and the browser's JSON.</summary>
public sealed record CallSignalNotice(string ConsultId, string CallId, string Kind, string Payload);
