namespace Triage.Testing;

/// <summary>What a finished command printed and how it exited.</summary>
public sealed record CommandLineRun(int ExitCode, string Output, string Error)
{
    /// <summary>The value of a "name: value" line of the output.</summary>
    public string Field(string name) =>
        Output.Split('\n').Select(l => l.Split(':', 2)).FirstOrDefault(p => p.Length == 2 && p[0].Trim() == name)?[1].Trim()
        ?? throw new InvalidOperationException($"No '{name}:' line in:\n{Output}\n{Error}");
}
