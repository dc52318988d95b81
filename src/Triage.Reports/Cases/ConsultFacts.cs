using Triage.Contracts.V1;

namespace Triage.Reports.Cases;

/// <summary>What happened to a case's consult; times are UTC.</summary>
public sealed record ConsultFacts(DateTime OpenedAtUtc, DateTime? ClaimedAtUtc, DateTime? ConcludedAtUtc, bool Escalated, ReferralLevel? FinalLevel);
