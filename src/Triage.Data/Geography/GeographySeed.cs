namespace Triage.Data.Geography;

/// <summary>The shape of the geography seed file: regions, their districts and their clinics.</summary>
public sealed record GeographySeed(IReadOnlyList<GeographySeed.RegionSeed> Regions)
{
    public sealed record RegionSeed(string Id, string Name, IReadOnlyList<DistrictSeed> Districts, IReadOnlyList<string>? Neighbours = null);

    public sealed record DistrictSeed(string Id, string Name, IReadOnlyList<ClinicSeed> Clinics);

    public sealed record ClinicSeed(string Id, string Name);
}
