namespace Triage.Gateway.Auth;

/// <summary>Claim types of Triage's tokens.</summary>
public static class TriageClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Name = "name";

    /// <summary>The clinic a terminal acts for.</summary>
    public const string Clinic = "clinic";

    /// <summary>The region an administrator or specialist belongs to.</summary>
    public const string Region = "region";
}
