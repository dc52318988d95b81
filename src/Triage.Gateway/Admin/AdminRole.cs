namespace Triage.Gateway.Admin;

public static class AdminRole
{
    public const string Name = "admin";
}
