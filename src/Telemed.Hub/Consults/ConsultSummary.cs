namespace Telemed.Hub.Consults;

/// <summary>A consult as a specialist's queue shows it. Enum values are their proto names (EMERGENCY, CARDIOLOGY).</summary>
public sealed record ConsultSummary(
    string ConsultId,
    string CaseId,
    string ClinicId,
    string RegionId,
    string Level,
    string Specialty,
    string State,
    DateTimeOffset OpenedAt,
    string? ClaimedBy,
    bool Escalated);
