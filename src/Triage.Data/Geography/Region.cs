namespace Triage.Data.Geography;

public sealed class Region
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    public List<District> Districts { get; init; } = [];
}
