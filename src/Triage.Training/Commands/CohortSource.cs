using Spectre.Console;
using Triage.Cohort;
using Triage.Training.Cohort;

namespace Triage.Training.Commands;

/// <summary>The labelled cases a command works on: a CSV when given, else the synthetic cohort for the seed.</summary>
internal static class CohortSource
{
    public static (List<LabelledCase> Cases, DataSource Source) Load(FileInfo? data, int seed, int count)
    {
        if (data is not null)
        {
            var cases = CohortCsv.Read(data.FullName);
            AnsiConsole.MarkupLineInterpolated($"Read {cases.Count} labelled cases from [bold]{data.FullName}[/]");
            return (cases, DataSource.File(data.FullName));
        }

        var cohort = new CohortGenerator(seed).Generate(count).ToList();
        var summary = CohortSummary.Of(cohort);
        AnsiConsole.MarkupLineInterpolated($"Generated {cohort.Count} SYNTHETIC cases (seed {seed}); NEWS2 AUROC {summary.News2AurocCompleteAdults:F3} vs published {CalibrationTarget.PublishedNews2Auroc:F3}");
        return (cohort, DataSource.Generated(seed, count, summary));
    }
}
