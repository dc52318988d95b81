namespace Triage.Gateway.Intake;

public sealed class CaseNotFoundException(string caseId)
    : Exception($"No case with id or client_case_id '{caseId}'.");
