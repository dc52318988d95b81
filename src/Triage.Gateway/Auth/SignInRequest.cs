namespace Triage.Gateway.Auth;

public sealed record SignInRequest(string UserName, string Password);
