using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;
using Triage.Engine;
using Triage.Engine.Model;
using Triage.Training.Evaluation;
using Triage.Training.Training;

namespace Triage.Training.Commands;

/// <summary><c>evaluate</c>: rules alone, NEWS2 alone, model alone and the hybrid on the held-out split; JSON and PNG reports.</summary>
internal static class EvaluateCommand
{
    /// <summary>A share of nothing (no URGENT decisions in a small age group) is NaN, written as "NaN" rather than refused.</summary>
    private static readonly JsonSerializerOptions ReportJson = new(ModelManifest.JsonOptions) { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static Command Create()
    {
        var seed = CommonOptions.Seed();
        var count = CommonOptions.Count();
        var data = CommonOptions.Data();
        var dataSource = CommonOptions.Source();
        var split = CommonOptions.Split();
        var model = new Option<FileInfo>("--model") { Description = "ONNX model with its manifest beside it", DefaultValueFactory = _ => new FileInfo(OnnxRiskModel.ShippedModelPath) };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for evaluation.json, evaluation.png, cross-validation.json and vignettes.md", DefaultValueFactory = _ => new DirectoryInfo("reports") };
        var folds = new Option<int>("--folds") { Description = "Cross-validation by hospital: models trained without each k-th of the hospitals and tested on it (0: skip)", DefaultValueFactory = _ => 4 };
        folds.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is 1 or < 0)
            {
                result.AddError("--folds must be 0 (skip) or at least 2");
            }
        });
        var command = new Command("evaluate", "Compare the triage nurses, NEWS2, rules, model and hybrid on the held-out test hospitals (the same split as train for the same seed)")
        {
            seed, count, data, dataSource, split, model, output, folds,
        };
        command.SetAction(parseResult =>
        {
            var (cases, source) = CohortSource.Load(parseResult.GetValue(data), parseResult.GetValue(dataSource)!, parseResult.GetValue(seed), parseResult.GetValue(count));
            var splitKind = parseResult.GetValue(split);
            var test = DataSplit.Of(splitKind, cases, parseResult.GetValue(seed)).Test;
            using var onnx = OnnxRiskModel.Load(parseResult.GetValue(model)!.FullName);
            var dataLabel = source.Synthetic ? "SYNTHETIC" : "real";

            var scored = Evaluator.Score(test, TriageEngine.CreateDefault(model: onnx));
            var report = Evaluator.Report(scored, splitKind == SplitKind.Hospital
                ? $"{dataLabel} data: held-out test split (about 20 %, {test.Select(v => v.Site).Distinct().Count()} sites unseen in training) of {source.Name}"
                : $"{dataLabel} data: held-out test split (20 % of visits at random) of {source.Name}", onnx.ModelVersion, parseResult.GetValue(seed));

            var folder = parseResult.GetValue(output)!;
            folder.Create();
            var json = Path.Combine(folder.FullName, "evaluation.json");
            var png = Path.Combine(folder.FullName, "evaluation.png");
            File.WriteAllText(json, JsonSerializer.Serialize(report, ReportJson) + "\n");
            EvaluationPlots.Write(png, scored, report, dataLabel);

            Show(report, dataLabel);

            var vignettes = VignetteBenchmark.Run(TriageEngine.CreateDefault(model: onnx));
            var vignetteTable = Path.Combine(folder.FullName, "vignettes.md");
            File.WriteAllText(vignetteTable, vignettes.ToTable());
            AnsiConsole.WriteLine(vignettes.ToTable());

            if (parseResult.GetValue(folds) is var k and > 0)
            {
                var crossValidation = HospitalCrossValidation.Run(cases, TrainingSettings.Default, k, parseResult.GetValue(seed));
                File.WriteAllText(Path.Combine(folder.FullName, "cross-validation.json"), JsonSerializer.Serialize(crossValidation, ReportJson) + "\n");
                AnsiConsole.Write(CrossValidationTable(crossValidation));
            }

            AnsiConsole.MarkupLineInterpolated($"Wrote [bold]{json}[/], [bold]{png}[/] and [bold]{vignetteTable}[/]");
            return report.Targets.All(t => t.Met) ? 0 : 1;
        });
        return command;
    }

    private static void Show(EvaluationReport report, string dataLabel)
    {
        var c = CultureInfo.InvariantCulture;
        // Redirected output has no terminal width; the comparison table needs room to stay readable.
        AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 190);
        AnsiConsole.MarkupLineInterpolated(c, $"{report.Data}; model {report.Model}");
        AnsiConsole.MarkupLineInterpolated(c, $"{report.Cases} held-out visits, {report.SeriousOutcomes} serious outcomes; {report.AdultCases} adults where NEWS2 applies");
        AnsiConsole.Write(SystemsTable($"Held-out {dataLabel} visits", report.Systems));
        AnsiConsole.MarkupLine("under-triage: share of all visits with a serious outcome sent below URGENT; over-triage: share of all visits without one sent URGENT or above (docs/model.md, Definitions); missed: serious outcomes sent below URGENT.");
        foreach (var group in report.AgeGroups)
        {
            AnsiConsole.Write(SystemsTable($"{group.Group}: {group.Cases} visits, {group.SeriousOutcomes} serious outcomes", group.Systems));
        }

        var tradeOff = new Table().Title("Referrals per 100 visits against serious outcomes caught").AddColumns("", "referred per 100", "serious outcomes caught");
        foreach (var p in report.TradeOff.ModelCurve.Concat(report.TradeOff.OperatingPoints))
        {
            tradeOff.AddRow(Markup.Escape(p.Name), p.ReferralsPer100.ToString("F1", c), p.Sensitivity.ToString("P1", c));
        }

        AnsiConsole.Write(tradeOff);
        var calibration = new Table().Title($"Model calibration ({dataLabel})").AddColumns("tenth", "visits", "mean predicted", "observed");
        for (var i = 0; i < report.ModelCalibration.Count; i++)
        {
            var b = report.ModelCalibration[i];
            calibration.AddRow(b.Bin.ToString(c), b.Count.ToString(c), b.MeanPredicted.ToString("P2", c), b.Observed.Value?.ToString("P2", c) ?? "—");
        }

        AnsiConsole.Write(calibration);
        foreach (var t in report.Targets)
        {
            var verdict = t.Met ? "[green]met[/]" : "[red]missed[/]";
            AnsiConsole.MarkupLine($"{Markup.Escape(t.Target)}: required {t.Required.ToString("F3", c)}, achieved {t.Achieved.ToString("F3", c)} → {verdict}");
        }
    }

    private static Table CrossValidationTable(IReadOnlyList<CrossValidationFold> folds)
    {
        var c = CultureInfo.InvariantCulture;
        string F(double? x) => x is { } v ? v.ToString("F3", c) : "—";
        var table = new Table().Title($"Cross-validation by hospital: {folds.Count} models, each tested on hospitals it never saw (AUROC)")
            .AddColumns("fold", "hospitals", "visits", "serious", "model", "nurses", "NEWS2 (adults)", "model (same adults)", "caught in model's top 15 %");
        foreach (var f in folds)
        {
            table.AddRow(f.Fold.ToString(c), f.Sites.ToString(c), f.Visits.ToString(c), f.SeriousOutcomes.ToString(c), F(f.Model), F(f.Nurses), F(f.News2Adults), F(f.ModelAdults),
                f.CaughtInTop15Percent.ToString("P1", c));
        }

        double? Median(Func<CrossValidationFold, double?> of) =>
            folds.Select(of).OfType<double>().Order().ToList() is { Count: > 0 } v ? (v[(v.Count - 1) / 2] + v[v.Count / 2]) / 2 : null;
        table.AddRow("median", "", "", "", F(Median(f => f.Model)), F(Median(f => f.Nurses)), F(Median(f => f.News2Adults)), F(Median(f => f.ModelAdults)),
            Median(f => f.CaughtInTop15Percent)?.ToString("P1", c) ?? "—");
        return table;
    }

    private static Table SystemsTable(string title, IReadOnlyList<SystemReport> systems)
    {
        var c = CultureInfo.InvariantCulture;
        string P(double? x) => x is { } v && !double.IsNaN(v) ? v.ToString("P1", c) : "—";
        var table = new Table().Title(Markup.Escape(title)).AddColumns("", "AUROC (95 % CI), all", "AUROC (95 % CI), NEWS2 adults",
            "sens/spec ≥ URGENT", "sens/spec ≥ EMERGENCY", "URGENT+ per 100", "missed", "under-triage", "over-triage", "Brier");
        foreach (var s in systems)
        {
            string Level(string level) => s.Levels is null ? "—" : $"{P(s.Levels.Sensitivity[level])} / {P(s.Levels.Specificity[level])}";
            var referred = s.Levels is null ? "—" : (100.0 * (s.Levels.Count["URGENT_REFERRAL"] + s.Levels.Count["EMERGENCY"]) / s.Levels.Count.Values.Sum()).ToString("F1", c);
            table.AddRow(Markup.Escape(s.Name), s.Auroc?.ToString() ?? "—", s.AurocAdults?.ToString() ?? "—", Level("URGENT_REFERRAL"), Level("EMERGENCY"), referred,
                P(s.Levels?.MissedSerious), P(s.Levels?.UnderTriage), P(s.Levels?.OverTriage), s.Brier?.ToString("F4", c) ?? "—");
        }

        return table;
    }
}
