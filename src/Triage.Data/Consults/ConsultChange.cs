using Triage.Contracts.V1;

namespace Triage.Data.Consults;

/// <summary>The result of a guarded change: applied with its event, or refused with the consult as it stands.</summary>
public sealed record ConsultChange(bool Applied, Consult Consult, CaseEvent? Event);
