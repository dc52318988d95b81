namespace Triage.Gateway.Auth;

/// <summary>An authenticated caller asked for something outside their clinic, region or consults.</summary>
public sealed class AccessDeniedException(string message) : Exception(message);
