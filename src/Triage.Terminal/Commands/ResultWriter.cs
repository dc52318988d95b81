using Google.Protobuf;
using Triage.Contracts.V1;

namespace Triage.Terminal.Commands;

/// <summary>One <c>TriageResult</c> per line in protobuf's JSON mapping, for people and scripts alike.</summary>
internal static class ResultWriter
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatEnumsAsIntegers(false));

    public static Task WriteAsync(TextWriter output, TriageResult result) => output.WriteLineAsync(Formatter.Format(result));
}
