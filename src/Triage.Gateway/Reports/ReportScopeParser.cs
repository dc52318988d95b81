using System.Globalization;
using Triage.Reports;

namespace Triage.Gateway.Reports;

/// <summary>Turns a report request's text parameters into a scope, or says exactly which parameter is wrong.</summary>
public static class ReportScopeParser
{
    /// <summary>Without dates, the last 30 days.</summary>
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(30);

    public static ReportScope Parse(string? from, string? to, string? region, string? district, string? clinic, string? modelVersion, DateTimeOffset now)
    {
        var end = Date(to, "to") ?? now.UtcDateTime;
        var start = Date(from, "from") ?? end - DefaultPeriod;
        if (start >= end)
        {
            throw new ReportRequestException("from", $"from ({start:O}) must be before to ({end:O}).");
        }

        return new ReportScope(start, end, Blank(region), Blank(district), Blank(clinic), Blank(modelVersion));
    }

    private static DateTime? Date(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value.UtcDateTime
            : throw new ReportRequestException(name, $"{name} must be an ISO 8601 date or time such as 2026-11-01 or 2026-11-01T00:00:00Z; got '{text}'.");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
