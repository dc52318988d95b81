using Triage.Contracts.V1;

namespace Triage.Gateway.Fhir;

/// <summary>Everything stored about one case that goes into its bundle.</summary>
public sealed record FhirCaseData(
    Guid CaseId,
    string ClinicId,
    DateTime ReceivedAtUtc,
    CaseReport Report,
    TriageResult Result,
    IReadOnlyList<CaseEvent> Events);
