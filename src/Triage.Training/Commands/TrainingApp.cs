using System.CommandLine;

namespace Triage.Training.Commands;

/// <summary>triage-training: generate, train, evaluate.</summary>
internal static class TrainingApp
{
    public static RootCommand Create() =>
        new("Triage risk model: synthetic cohort, ML.NET training, ONNX export, evaluation. Training data is synthetic unless --data is given.")
        {
            GenerateCommand.Create(),
            TrainCommand.Create(),
            EvaluateCommand.Create(),
        };
}
