namespace Triage.Data.Geography;

public sealed class District
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    public required string RegionId { get; set; }

    public List<Clinic> Clinics { get; init; } = [];
}
