using System.CommandLine;

namespace Triage.Terminal.Commands;

internal static class JsonOption
{
    public static Option<bool> Create() => new("--json") { Description = "Print JSON (one object per line) for scripts instead of text for people" };
}
