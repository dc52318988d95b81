namespace Telemed.Hub.Calls;

/// <summary>A call step the consult's state does not allow (no specialist yet, the call is over, a malformed signal).</summary>
public sealed class CallRefusedException(string message) : Exception(message);
