namespace Triage.Data.Consults;

/// <summary>A regional specialist who answers teleconsultations for one region in one or more specialties.</summary>
public sealed class Specialist
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    public required string RegionId { get; set; }

    /// <summary>Specialty codes (the proto enum numbers).</summary>
    public List<int> Specialties { get; set; } = [];

    /// <summary>On the duty roster now: consults are routed only to specialists on duty.</summary>
    public bool OnDuty { get; set; }
}
