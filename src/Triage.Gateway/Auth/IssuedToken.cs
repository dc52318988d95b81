namespace Triage.Gateway.Auth;

public sealed record IssuedToken(string Token, DateTimeOffset ExpiresAt);
