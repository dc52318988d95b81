namespace Triage.Gateway.Reports;

/// <summary>A report request with a parameter out of its allowed form; the message names it.</summary>
public sealed class ReportRequestException(string message) : Exception(message);
