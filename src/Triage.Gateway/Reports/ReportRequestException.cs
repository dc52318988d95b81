namespace Triage.Gateway.Reports;

/// <summary>A report request with a parameter out of its allowed form; the message names it.</summary>
public sealed class ReportRequestException(string parameter, string message) : Exception(message)
{
    /// <summary>The parameter's name, as both the query string and the proto spell it (from, to).</summary>
    public string Parameter { get; } = parameter;
}
