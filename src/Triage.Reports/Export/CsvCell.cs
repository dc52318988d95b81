namespace Triage.Reports.Export;

public static class CsvCell
{
    /// <summary>RFC 4180 quoting, and a leading quote mark against spreadsheet formula injection.</summary>
    public static string Quote(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0]) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{safe.Replace("\"", "\"\"")}\"" : safe;
    }
}
