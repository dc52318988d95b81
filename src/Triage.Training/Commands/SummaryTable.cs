using System.Globalization;
using Spectre.Console;
using Triage.Cohort;
using Triage.Training.Cohort;

namespace Triage.Training.Commands;

internal static class SummaryTable
{
    public static void Show(CohortSummary summary)
    {
        var table = new Table().Title("SYNTHETIC cohort").AddColumns("archetype", "cases", "serious outcomes", "rate");
        foreach (var (name, (rows, serious)) in summary.ByArchetype)
        {
            table.AddRow(name, rows.ToString(CultureInfo.InvariantCulture), serious.ToString(CultureInfo.InvariantCulture), (serious / (double)rows).ToString("P1", CultureInfo.InvariantCulture));
        }

        table.AddRow("[bold]all[/]", summary.Rows.ToString(CultureInfo.InvariantCulture), summary.SeriousOutcomes.ToString(CultureInfo.InvariantCulture),
            (summary.SeriousOutcomes / (double)summary.Rows).ToString("P1", CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"NEWS2 AUROC, adults with complete observations (n={summary.CompleteAdultRows}): [bold]{summary.News2AurocCompleteAdults:F3}[/]; target {CalibrationTarget.PublishedNews2Auroc:F3} ± {CalibrationTarget.Tolerance:F2}");
        AnsiConsole.MarkupLine(summary.MeetsCalibrationTarget ? "Calibration check: [green]met[/]" : "Calibration check: [red]missed[/]");
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"NEWS2 AUROC, all adults as the engine scores them (missing parameters score 0): {summary.News2AurocAllAdults:F3}");
        AnsiConsole.MarkupLineInterpolated($"Source: {CalibrationTarget.Citation}");
    }
}
