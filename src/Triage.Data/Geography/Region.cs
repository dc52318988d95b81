namespace Triage.Data.Geography;

public sealed class Region
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    public List<District> Districts { get; init; } = [];

    /// <summary>Regions whose specialists take this region's consults when none of its own is on duty.</summary>
    public List<string> NeighbourIds { get; set; } = [];
}
