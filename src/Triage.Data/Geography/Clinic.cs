namespace Triage.Data.Geography;

/// <summary>A health post (FAP) or rural clinic whose terminal submits cases.</summary>
public sealed class Clinic
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    public required string DistrictId { get; set; }
}
