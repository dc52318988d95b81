namespace Triage.Reports.Operations;

/// <summary>
/// How the consult service ran: load per clinic, how long cases waited from submission to a specialist's claim and
/// to a conclusion, how many consults escalated, and how many nobody has claimed yet.
/// </summary>
public sealed record OperationsReport(
    IReadOnlyList<ClinicLoad> Clinics,
    Duration SubmissionToClaim,
    Duration SubmissionToConclusion,
    int Consults,
    int Escalated,
    int Unclaimed);
