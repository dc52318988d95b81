using System.CommandLine;

namespace Triage.Training.Commands;

/// <summary>Options shared by the commands, with the defaults the shipped model was built with.</summary>
internal static class CommonOptions
{
    public const int DefaultSeed = 20260401;
    public const int DefaultCount = 100_000;

    public static Option<int> Seed() => new("--seed") { Description = "Seed of the synthetic cohort and of the data split", DefaultValueFactory = _ => DefaultSeed };

    public static Option<int> Count() => new("--count") { Description = "Number of synthetic cases", DefaultValueFactory = _ => DefaultCount };

    public static Option<FileInfo?> Data() => new("--data") { Description = "A labelled CSV (docs/model.md) instead of the synthetic cohort" };
}
