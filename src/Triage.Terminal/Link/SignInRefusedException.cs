namespace Triage.Terminal.Link;

/// <summary>The gateway turned this terminal's credentials down: retrying will not help, enrolling again will.</summary>
public sealed class SignInRefusedException(string message) : Exception(message);
