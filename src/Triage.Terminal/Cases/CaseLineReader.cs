using Google.Protobuf;
using Triage.Contracts.V1;

namespace Triage.Terminal.Cases;

/// <summary>Reads one <c>CaseReport</c> per line in protobuf's JSON mapping; blank lines are skipped.</summary>
public static class CaseLineReader
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    /// <param name="path">A file, or "-" for standard input.</param>
    public static async IAsyncEnumerable<CaseLine> ReadAsync(string path, TextReader standardInput)
    {
        using var reader = path == "-" ? null : new StreamReader(path);
        var source = reader ?? standardInput;
        var number = 0;
        while (await source.ReadLineAsync() is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return Parse(number, line);
            }
        }
    }

    private static CaseLine Parse(int number, string line)
    {
        try
        {
            return new CaseLine(number, Parser.Parse<CaseReport>(line), null);
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidJsonException or FormatException)
        {
            return new CaseLine(number, null, $"not a CaseReport in protobuf JSON: {e.Message}");
        }
    }
}
