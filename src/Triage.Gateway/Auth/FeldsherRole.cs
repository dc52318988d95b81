namespace Triage.Gateway.Auth;

public static class FeldsherRole
{
    /// <summary>The role of an enrolled clinic terminal's token; it acts for its one clinic.</summary>
    public const string Name = "feldsher";
}
