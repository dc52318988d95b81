namespace Telemed.Hub.Consults;

public static class SpecialistRole
{
    /// <summary>The role claim a specialist's token carries.</summary>
    public const string Name = "specialist";
}
