using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Triage.Contracts.V1;
using Triage.Training.Cohort;
using Triage.Training.Export;
using Triage.Training.Training;

namespace Triage.Training.Commands;

/// <summary><c>train</c>: trains, calibrates, exports and writes models/ (graph, manifest, model card).</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var seed = CommonOptions.Seed();
        var count = CommonOptions.Count();
        var data = CommonOptions.Data();
        var dataSource = CommonOptions.Source();
        var split = CommonOptions.Split();
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for the model files", DefaultValueFactory = _ => new DirectoryInfo("models") };
        var version = new Option<string>("--version")
        {
            Description = "The model's version, major.minor.patch; its files are triage-risk-v<major>.*, and a major version other than the shipped model's is written beside it as a candidate, with a card of its own",
            DefaultValueFactory = _ => ModelBuild.Version,
        };
        version.Validators.Add(result =>
        {
            if (!TryParseVersion(result.GetValueOrDefault<string>(), out _))
            {
                result.AddError("--version must be major.minor.patch, e.g. 2.0.0");
            }
        });
        var trees = new Option<int>("--trees") { Description = "Number of trees", DefaultValueFactory = _ => TrainingSettings.Default.Trees };
        var learningRate = new Option<double>("--learning-rate") { Description = "FastTree learning rate", DefaultValueFactory = _ => TrainingSettings.Default.LearningRate };
        var command = new Command("train", "Train the risk model (on the real NHAMCS visits unless --source or --data says otherwise), export it to ONNX and write manifest and model card")
        {
            seed, count, data, dataSource, split, output, version, trees, learningRate,
        };
        command.SetAction(parseResult =>
        {
            var (cases, source) = CohortSource.Load(parseResult.GetValue(data), parseResult.GetValue(dataSource)!, parseResult.GetValue(seed), parseResult.GetValue(count));
            TryParseVersion(parseResult.GetValue(version), out var modelVersion);
            var artifacts = ModelArtifacts.ForVersion(parseResult.GetValue(output)!.FullName, modelVersion);
            var settings = TrainingSettings.Default with { Trees = parseResult.GetValue(trees), LearningRate = parseResult.GetValue(learningRate) };
            ModelBuildResult? result = null;
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var task = context.AddTask("Training", maxValue: 7);
                    var progress = new SynchronousProgress(step =>
                    {
                        task.Description = Markup.Escape(step);
                        task.Increment(1);
                    });
                    result = ModelBuild.Run(cases, source, parseResult.GetValue(seed), settings, artifacts, progress, modelVersion.ToString(), parseResult.GetValue(split));
                    task.Value = task.MaxValue;
                    task.Description = "Done";
                });

            Show(result!, artifacts, source);
            return 0;
        });
        return command;
    }

    private static bool TryParseVersion(string? text, out Version version) =>
        Version.TryParse(text, out version!) && version is { Build: >= 0, Revision: < 0 };

    /// <summary>Loads the written graph the way the engine will and compares it with ML.NET on the test split.</summary>
    private static double ParityCheck(ModelBuildResult result, ModelArtifacts artifacts)
    {
        using var served = Engine.Model.OnnxRiskModel.Load(artifacts.OnnxPath);
        var onnx = served.Predict(result.Split.Test.SelectMany(CaseFeatures.Of).ToArray(), result.Split.Test.Count);
        return onnx.Zip(result.TestRisks, (a, b) => (double)Math.Abs(a - b)).Max();
    }

    private static void Show(ModelBuildResult result, ModelArtifacts artifacts, DataSource source)
    {
        var c = CultureInfo.InvariantCulture;
        var t = result.Manifest.Thresholds;
        AnsiConsole.MarkupLineInterpolated(c, $"Wrote [bold]{artifacts.OnnxPath}[/], its manifest and {Path.GetFileName(artifacts.ModelCardPath)}");
        AnsiConsole.MarkupLineInterpolated(c, $"Data: {(source.Synthetic ? "SYNTHETIC" : source.Name)}; {result.Split.Train.Count} train / {result.Split.Validation.Count} validation / {result.Split.Test.Count} test");
        AnsiConsole.MarkupLineInterpolated(c, $"Platt: slope {result.Model.Calibration.Slope:G6}, offset {result.Model.Calibration.Offset:G6}");
        AnsiConsole.MarkupLineInterpolated(c, $"Thresholds: ROUTINE ≥ {t.RoutineReferral:G4}, URGENT ≥ {t.UrgentReferral:G4}, EMERGENCY ≥ {t.Emergency:G4}");
        AnsiConsole.MarkupLineInterpolated(c, $"Parity on the {result.Split.Test.Count} test rows: max |ONNX Runtime − ML.NET| = {ParityCheck(result, artifacts):E2}");
        AnsiConsole.MarkupLineInterpolated(c, $"Test AUROC {result.Test.Auroc}, Brier {result.Test.Brier:F4}, sensitivity at URGENT+ {result.Test.Sensitivity(ReferralLevel.UrgentReferral)}, under-triage {result.Test.Levels.UnderTriage:P2}");
    }
}
