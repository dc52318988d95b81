namespace Telemed.Hub.Calls;

/// <summary>The hub's answer to hanging up: which call ended and how long it lasted.</summary>
public sealed record CallEndedView(string CallId, long DurationSeconds);
