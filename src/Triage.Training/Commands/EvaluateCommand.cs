using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Triage.Engine;
using Triage.Engine.Model;
using Triage.Training.Evaluation;
using Triage.Training.Training;

namespace Triage.Training.Commands;

/// <summary><c>evaluate</c>: rules alone, NEWS2 alone, model alone and the hybrid on the held-out split; JSON and PNG reports.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var seed = CommonOptions.Seed();
        var count = CommonOptions.Count();
        var data = CommonOptions.Data();
        var model = new Option<FileInfo>("--model") { Description = "ONNX model with its manifest beside it", DefaultValueFactory = _ => new FileInfo(OnnxRiskModel.ShippedModelPath) };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for evaluation.json and evaluation.png", DefaultValueFactory = _ => new DirectoryInfo("reports") };
        var command = new Command("evaluate", "Compare rules, NEWS2, model and hybrid on the held-out test split (the same split as train for the same seed)")
        {
            seed, count, data, model, output,
        };
        command.SetAction(parseResult =>
        {
            var (cases, source) = CohortSource.Load(parseResult.GetValue(data), parseResult.GetValue(seed), parseResult.GetValue(count));
            var test = DataSplit.Of(cases, parseResult.GetValue(seed)).Test;
            using var onnx = OnnxRiskModel.Load(parseResult.GetValue(model)!.FullName);
            var dataLabel = source.Synthetic ? "SYNTHETIC" : source.Name;

            var scored = Evaluator.Score(test, onnx, TriageEngine.CreateDefault());
            var report = Evaluator.Report(scored, $"{dataLabel} data: held-out test split (20 %) of {source.Name}", onnx.ModelVersion, parseResult.GetValue(seed));

            var folder = parseResult.GetValue(output)!;
            folder.Create();
            var json = Path.Combine(folder.FullName, "evaluation.json");
            var png = Path.Combine(folder.FullName, "evaluation.png");
            File.WriteAllText(json, JsonSerializer.Serialize(report, ModelManifest.JsonOptions) + "\n");
            EvaluationPlots.Write(png, scored, report, dataLabel);

            Show(report, dataLabel);
            AnsiConsole.MarkupLineInterpolated($"Wrote [bold]{json}[/] and [bold]{png}[/]");
            return report.Targets.All(t => t.Met) ? 0 : 1;
        });
        return command;
    }

    private static void Show(EvaluationReport report, string dataLabel)
    {
        var c = CultureInfo.InvariantCulture;
        // Redirected output has no terminal width; the comparison table needs room to stay readable.
        AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 170);
        string P(double? x) => x is { } v ? v.ToString("P1", c) : "—";
        AnsiConsole.MarkupLineInterpolated(c, $"{report.Data}; model {report.Model}");
        AnsiConsole.MarkupLineInterpolated(c, $"{report.Cases} held-out cases, {report.SeriousOutcomes} serious outcomes; {report.AdultCases} adults where NEWS2 applies");

        var table = new Table().Title($"Held-out {dataLabel} cases").AddColumns("", "AUROC (95 % CI), all", "AUROC (95 % CI), adults",
            "sens/spec ≥ ROUTINE", "sens/spec ≥ URGENT", "sens/spec ≥ EMERGENCY", "under-triage", "over-triage", "Brier");
        foreach (var s in report.Systems)
        {
            string Level(string level) => s.Levels is null ? "—" : $"{P(s.Levels.Sensitivity[level])} / {P(s.Levels.Specificity[level])}";
            table.AddRow(s.Name, s.Auroc?.ToString() ?? "—", s.AurocAdults.ToString(), Level("ROUTINE_REFERRAL"), Level("URGENT_REFERRAL"), Level("EMERGENCY"),
                s.Levels is null ? "—" : s.Levels.UnderTriage.ToString("P2", c), P(s.Levels?.OverTriage), s.Brier?.ToString("F4", c) ?? "—");
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine("under-triage: serious outcome among TREAT_LOCALLY/ROUTINE decisions; over-triage: no serious outcome among URGENT/EMERGENCY decisions.");

        var calibration = new Table().Title($"Model calibration ({dataLabel})").AddColumns("tenth", "cases", "mean predicted", "observed");
        for (var i = 0; i < report.ModelCalibration.Count; i++)
        {
            var b = report.ModelCalibration[i];
            calibration.AddRow((i + 1).ToString(c), b.Cases.ToString(c), b.MeanPredicted.ToString("P2", c), b.Observed.ToString("P2", c));
        }

        AnsiConsole.Write(calibration);
        foreach (var t in report.Targets)
        {
            var verdict = t.Met ? "[green]met[/]" : "[red]missed[/]";
            AnsiConsole.MarkupLine($"{Markup.Escape(t.Target)}: required {t.Required.ToString("F3", c)}, achieved {t.Achieved.ToString("F3", c)} → {verdict}");
        }
    }
}
