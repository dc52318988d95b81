namespace Triage.Gateway.Intake;

/// <summary>A client_case_id already stored with different content: never overwrite an acknowledged case.</summary>
public sealed class CaseConflictException(string clientCaseId, string caseId)
    : Exception($"client_case_id {clientCaseId} is already stored as case {caseId} with different content; generate a new UUID for a new case.");
