using System.Text.RegularExpressions;

namespace Triage.EndToEnd.Tests.Readme;

/// <summary>
/// A command line README shows: a line of a <c>```bash</c> block (lines ending in <c>\</c> joined), or an inline
/// code span that starts as a command does (<c>dotnet run</c>, <c>curl</c>, <c>grpcurl</c>, <c>export</c>, <c>./</c>).
/// </summary>
public sealed partial record ReadmeCommandLine(string Text, int LineNumber, bool Inline)
{
    private static readonly string[] InlineCommandStarts = ["dotnet run ", "curl ", "grpcurl ", "export ", "./"];

    public static string ReadmePath => Path.Combine(RepositoryRoot, "README.md");

    /// <summary>The folder of Triage.sln, where README's commands are run from.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Every command line of <paramref name="readme"/>, in the order a reader meets them.</summary>
    public static IReadOnlyList<ReadmeCommandLine> All(string readme)
    {
        var lines = readme.Split('\n');
        var found = new List<ReadmeCommandLine>();
        string? fence = null;
        var pending = "";
        var pendingFrom = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                fence = fence is null ? line[3..] : null;
                continue;
            }

            if (fence is null)
            {
                found.AddRange(InlineCodeSpan().Matches(line)
                    .Select(m => m.Groups[1].Value)
                    .Where(code => InlineCommandStarts.Any(start => code.StartsWith(start, StringComparison.Ordinal)))
                    .Select(code => new ReadmeCommandLine(code, i + 1, Inline: true)));
            }
            else if (fence == "bash" && line.Length > 0 && !line.StartsWith('#'))
            {
                pendingFrom = pending.Length == 0 ? i + 1 : pendingFrom;
                if (line.EndsWith('\\'))
                {
                    pending += line[..^1].TrimEnd() + " ";
                }
                else
                {
                    found.Add(new ReadmeCommandLine(pending + line, pendingFrom, Inline: false));
                    pending = "";
                }
            }
        }

        return found;
    }

    public override string ToString() => $"README.md line {LineNumber}: {Text}";

    private static string FindRepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Triage.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Triage.sln not found above the test binaries.");
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex InlineCodeSpan();
}
