using System.CommandLine;
using Triage.Training.Training;

namespace Triage.Training.Commands;

/// <summary>Options shared by the commands, with the defaults the shipped model was built with.</summary>
internal static class CommonOptions
{
    public const int DefaultSeed = 20260401;
    public const int DefaultCount = 100_000;

    public static Option<int> Seed() => new("--seed") { Description = "Seed of the synthetic cohort and of the data split", DefaultValueFactory = _ => DefaultSeed };

    public static Option<int> Count() => new("--count") { Description = "Number of synthetic cases (--source synthetic)", DefaultValueFactory = _ => DefaultCount };

    public const string Nhamcs = "nhamcs";
    public const string Synthetic = "synthetic";

    public static Option<FileInfo?> Data() => new("--data") { Description = "A labelled CSV (docs/model.md) instead of --source" };

    public static Option<SplitKind> Split() => new("--split")
    {
        Description = "Hospital: test on hospitals the model never saw (the shipped model); Random: visit by visit, to compare",
        DefaultValueFactory = _ => SplitKind.Hospital,
    };

    public static Option<string> Source()
    {
        var option = new Option<string>("--source")
        {
            Description = "nhamcs: the real emergency-department visits shipped in data/nhamcs-ed-2010; synthetic: the seeded SYNTHETIC cohort",
            DefaultValueFactory = _ => Nhamcs,
        };
        option.AcceptOnlyFromAmong(Nhamcs, Synthetic);
        return option;
    }
}
