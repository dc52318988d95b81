namespace Triage.Data.Consults;

/// <summary>The shape of the roster seed file: the specialists of each region and who starts on duty.</summary>
public sealed record RosterSeed(IReadOnlyList<RosterSeed.SpecialistSeed> Specialists)
{
    /// <param name="Specialties">Proto names, e.g. CARDIOLOGY.</param>
    public sealed record SpecialistSeed(string Id, string Name, string RegionId, IReadOnlyList<string> Specialties, bool OnDuty);
}
