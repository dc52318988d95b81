using Spectre.Console;
using Triage.Cohort;
using Triage.Training.Cohort;
using Triage.Training.Nhamcs;
using Triage.Training.Training;

namespace Triage.Training.Commands;

/// <summary>The labelled visits a command works on: a CSV when given, else the real NHAMCS visits or the synthetic cohort.</summary>
internal static class CohortSource
{
    public static (List<LabelledVisit> Visits, DataSource Source) Load(FileInfo? data, string source, int seed, int count)
    {
        if (data is not null)
        {
            var cases = CohortCsv.Read(data.FullName);
            AnsiConsole.MarkupLineInterpolated($"Read {cases.Count} labelled cases from [bold]{data.FullName}[/]");
            return (cases.Select((c, i) => LabelledVisit.FromCohort(c, i, synthetic: false)).ToList(), DataSource.File(data.FullName));
        }

        if (source == CommonOptions.Nhamcs)
        {
            var (visits, nhamcs) = NhamcsSource.Load(NhamcsFile.ShippedFolder);
            AnsiConsole.MarkupLineInterpolated($"Read {visits.Count} real visits ({visits.Count(v => v.Serious)} serious outcomes) from {visits.Select(v => v.Site).Distinct().Count()} hospitals: {nhamcs.Name}");
            return (visits, nhamcs);
        }

        var cohort = new CohortGenerator(seed).Generate(count).ToList();
        var summary = CohortSummary.Of(cohort);
        AnsiConsole.MarkupLineInterpolated($"Generated {cohort.Count} SYNTHETIC cases (seed {seed}); NEWS2 AUROC {summary.News2AurocCompleteAdults:F3} vs published {CalibrationTarget.PublishedNews2Auroc:F3}");
        return (cohort.Select((c, i) => LabelledVisit.FromCohort(c, i)).ToList(), DataSource.Generated(seed, count, summary));
    }
}
