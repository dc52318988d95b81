using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.ML.OnnxRuntime;
using Triage.Cohort;
using Triage.Engine.Cases;
using Triage.Engine.Model;
using Triage.Engine.News2;

namespace Triage.Engine.Bench;

/// <summary>
/// The full assessment (rules, features, ONNX, explanation) beside a bare InferenceSession.Run of the same model on the
/// same rows, in the same run: single case (latency) and 1,000 cases (throughput, reported per case).
/// </summary>
// In process: on a busy 2-core machine building a separate benchmark executable can outlast BenchmarkDotNet's build timeout.
[InProcess]
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AssessBenchmarks
{
    private const int BatchSize = 1000;

    private readonly TriageEngine engine = TriageEngine.CreateDefault();
    private OnnxRiskModel model = null!;
    private TriageEngine hybrid = null!;
    private InferenceSession rawSession = null!;
    private RunOptions runOptions = null!;
    private ClinicalCase[] cases = null!;
    private News2Score?[] news2 = null!;
    private float[] batchFeatures = null!;
    private float[] oneRow = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        model = OnnxRiskModel.LoadShipped();
        hybrid = TriageEngine.CreateDefault(model: model);
        rawSession = new InferenceSession(OnnxRiskModel.ShippedModelPath);
        runOptions = new RunOptions();
        cases = new CohortGenerator(1).Generate(BatchSize).Select(c => c.Case).ToArray();
        news2 = cases.Select(News2Calculator.Score).ToArray();
        batchFeatures = cases.SelectMany((c, i) => model.FeaturesOf(c, news2[i])).ToArray();
        oneRow = batchFeatures[..model.FeatureCount];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        model.Dispose();
        rawSession.Dispose();
        runOptions.Dispose();
    }

    [Benchmark(Baseline = true, Description = "raw InferenceSession.Run, 1 row")]
    [BenchmarkCategory("single case")]
    public float RawRunSingle() => Run(oneRow, 1);

    /// <summary>The engine exactly as the gateway and terminal run it, localized model reasons included.</summary>
    [Benchmark(Description = "full assess, 1 case (rules + features + ONNX + explanation)")]
    [BenchmarkCategory("single case")]
    public double FullAssessSingle() => hybrid.Assess(cases[next++ % BatchSize]).Risk ?? 0;

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize, Description = "raw InferenceSession.Run, 1,000 rows")]
    [BenchmarkCategory("batch of 1,000, per case")]
    public float RawRunBatch() => Run(batchFeatures, BatchSize);

    [Benchmark(OperationsPerInvoke = BatchSize, Description = "full assess, 1,000 cases")]
    [BenchmarkCategory("batch of 1,000, per case")]
    public double FullAssessBatch()
    {
        var levels = 0;
        foreach (var clinicalCase in cases)
        {
            levels += (int)engine.Assess(clinicalCase).Level;
        }

        return model.ScoreBatch(cases, news2)[^1].Risk + levels;
    }

    private float Run(float[] features, int rows)
    {
        using var input = OrtValue.CreateTensorValueFromMemory(features, [rows, model.FeatureCount]);
        using var outputs = rawSession.Run(runOptions, ["features"], [input], ["risk"]);
        return outputs[0].GetTensorDataAsSpan<float>()[0];
    }
}
