using System.CommandLine;
using Spectre.Console;
using Triage.Cohort;
using Triage.Training.Cohort;

namespace Triage.Training.Commands;

/// <summary><c>generate</c>: writes the synthetic cohort as CSV and shows the calibration check.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var seed = CommonOptions.Seed();
        var count = CommonOptions.Count();
        var output = new Option<FileInfo?>("--out") { Description = "Where to write the cohort CSV (omit to only show the summary)" };
        var command = new Command("generate", "Generate the SYNTHETIC cohort and check NEWS2's discrimination against the published figure") { seed, count, output };
        command.SetAction(parseResult =>
        {
            var cohort = new CohortGenerator(parseResult.GetValue(seed)).Generate(parseResult.GetValue(count)).ToList();
            if (parseResult.GetValue(output) is { } file)
            {
                CohortCsv.Write(file.FullName, cohort);
                AnsiConsole.MarkupLineInterpolated($"Wrote {cohort.Count} synthetic cases to [bold]{file.FullName}[/]");
            }

            var summary = CohortSummary.Of(cohort);
            SummaryTable.Show(summary);
            return summary.MeetsCalibrationTarget ? 0 : 1;
        });
        return command;
    }
}
