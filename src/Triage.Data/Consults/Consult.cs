namespace Triage.Data.Consults;

/// <summary>
/// A request for a specialist's opinion on one case. Its state changes are guarded by conditional updates
/// (claim only while open, conclude only by the claimer), so concurrent specialists cannot both win.
/// </summary>
public sealed class Consult
{
    public Guid Id { get; init; }

    /// <summary>One consult per case; later requests for the same case return it.</summary>
    public Guid CaseId { get; init; }

    public required string ClinicId { get; init; }

    public int Level { get; set; }

    /// <summary>The specialty and region it was routed to, after any fallback.</summary>
    public int Specialty { get; set; }

    public required string RegionId { get; set; }

    public ConsultState State { get; set; } = ConsultState.Open;

    public DateTime OpenedAtUtc { get; init; }

    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedAtUtc { get; set; }

    /// <summary>Set once: when the wider group was told because nobody claimed it in time.</summary>
    public DateTime? EscalatedAtUtc { get; set; }

    public DateTime? ConcludedAtUtc { get; set; }

    public int? FinalLevel { get; set; }

    public string? Icd10Code { get; set; }

    public string? Diagnosis { get; set; }

    public string? Plan { get; set; }
}
