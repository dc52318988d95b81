using System.Text.Json;
using System.Text.RegularExpressions;
using Google.Protobuf;
using Triage.Contracts.V1;

namespace Triage.EndToEnd.Tests.Readme;

/// <summary>
/// Every command line README shows is run here as a reader would run it, or named below with where it is run
/// instead: README and its examples cannot drift apart.
/// </summary>
public sealed partial class ReadmeExamplesTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>Command lines this test must not run, why, and where they are exercised.</summary>
    private static readonly Dictionary<string, string> RunElsewhere = new()
    {
        ["./test.sh"] = "runs every test, this one included; it is what CI runs (.ci/run)",
        ["dotnet run --project src/Triage.Training -- train"] =
            "trains the model for minutes; RegenerationTests in Triage.Training.Tests trains on the same visits with the same settings and compares the files byte for byte, "
            + "and EvaluateCommandTests there runs README's '-- evaluate'",
    };

    private static readonly string Readme = File.ReadAllText(ReadmeCommandLine.ReadmePath);

    private static readonly IReadOnlyList<ReadmeCommandLine> CommandLines = ReadmeCommandLine.All(Readme);

    [Fact]
    public void The_readme_stays_a_guide_of_at_most_200_lines()
    {
        Assert.InRange(Readme.TrimEnd('\n').Split('\n').Length, 1, 200);
    }

    [Fact]
    public void Every_command_line_of_the_readme_is_run_here_or_named_with_where_it_runs()
    {
        var unaccounted = CommandLines.Where(l => !ReadmeWalkthrough.CanRun(l) && !RunElsewhere.ContainsKey(l.Text)).ToList();
        var gone = RunElsewhere.Keys.Where(text => CommandLines.All(l => l.Text != text)).ToList();

        Assert.True(unaccounted.Count == 0, $"Neither run by this test nor named in {nameof(RunElsewhere)}:\n{string.Join('\n', unaccounted)}");
        Assert.True(gone.Count == 0, $"Named in {nameof(RunElsewhere)} but no longer in README:\n{string.Join('\n', gone)}");
    }

    [Fact]
    public async Task Every_command_line_of_the_readme_does_what_the_readme_says()
    {
        await using var walk = new ReadmeWalkthrough();

        // An inline example may lean on a section below it (grpcurl on the token of "Accounts and audit"): the code
        // blocks run first, in order, as a reader following the guide would, then the inline examples.
        foreach (var line in CommandLines.Where(ReadmeWalkthrough.CanRun).OrderBy(l => l.Inline))
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                await walk.RunAsync(line);
                output.WriteLine($"{started.Elapsed.TotalSeconds,5:F1} s  {line}");
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"{line}\n{e}");
            }
        }

        Assert.True(walk.ReflectionListings > 0, "README no longer shows how to list the gateway's services with a token.");
        AssertReadmeSampleWasPrinted(walk.Submitted);
    }

    /// <summary>The result README shows after <c>submit</c>: each of its complete values is in one printed result.</summary>
    private static void AssertReadmeSampleWasPrinted(IReadOnlyList<TriageResult> submitted)
    {
        var sample = JsonBlock().Match(Readme).Groups[1].Value;
        var shown = SampleValue().Matches(sample).Select(m => (Name: m.Groups[1].Value, Value: m.Groups[2].Value.Trim('"'))).ToList();
        Assert.NotEmpty(shown);
        var printed = submitted.Select(r => Values(JsonDocument.Parse(JsonFormatter.Default.Format(r)).RootElement).ToHashSet()).ToList();
        Assert.True(printed.Any(values => shown.All(values.Contains)),
            $"README's sample result shows values no submitted case printed: {string.Join(", ", shown.Where(v => !printed.Any(p => p.Contains(v))))}"
            + $"\nfirst printed result: {(submitted.Count > 0 ? submitted[0] : "none")}");
    }

    private static IEnumerable<(string Name, string Value)> Values(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array
            ? Values(p.Value)
            : [(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText())]),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Values),
        _ => [],
    };

    [GeneratedRegex("```json\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    /// <summary>A "name": value pair whose value is shown whole (no "…").</summary>
    [GeneratedRegex("\"(\\w+)\":\\s*(\"[^\"…]*\"|-?\\d+(?:\\.\\d+)?|true|false)")]
    private static partial Regex SampleValue();
}
