namespace Telemed.Hub.Consults;

/// <summary>Everything a specialist needs to decide: the report and result as the terminal sent and received them, and the event history.</summary>
public sealed record ConsultCaseView(ConsultSummary Consult, string ReportJson, string ResultJson, IReadOnlyList<CaseEventNotice> Events);
