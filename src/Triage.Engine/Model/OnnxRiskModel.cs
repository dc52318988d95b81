using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Triage.Engine.Cases;
using Triage.Engine.News2;

namespace Triage.Engine.Model;

/// <summary>
/// A risk model served by ONNX Runtime: one session per model, created once and shared by all threads.
/// Loading checks the manifest against the graph and refuses a model that does not match, saying what and where.
/// </summary>
public sealed class OnnxRiskModel : IDisposable
{
    public const string ShippedModelFile = "triage-risk-v1.onnx";
    public const int DefaultTopContributions = 3;

    private readonly InferenceSession session;
    private readonly RunOptions runOptions = new();
    private readonly string[] inputNames;
    private readonly string[] outputNames;
    private readonly int[] canonicalIndex;
    private readonly TreeShap? explainer;
    private readonly long[] singleShape;

    private OnnxRiskModel(InferenceSession session, ModelManifest manifest, int[] canonicalIndex, TreeEnsemble? ensemble, string? unexplainedReason)
    {
        this.session = session;
        Manifest = manifest;
        ModelVersion = $"{manifest.ModelId}/{manifest.Version}";
        this.canonicalIndex = canonicalIndex;
        Ensemble = ensemble;
        explainer = ensemble is null ? null : new TreeShap(ensemble);
        UnexplainedReason = unexplainedReason;
        inputNames = [manifest.Input.Name];
        outputNames = [manifest.Output.Name];
        singleShape = [1, FeatureCount];
    }

    /// <summary>Where the shipped model lies beside the running program (copied there by the build).</summary>
    public static string ShippedModelPath => Path.Combine(AppContext.BaseDirectory, "models", ShippedModelFile);

    public ModelManifest Manifest { get; }

    /// <summary>"modelId/version", as results report it.</summary>
    public string ModelVersion { get; }

    public int FeatureCount => canonicalIndex.Length;

    /// <summary>The trees as read from the graph; null when the graph is not a tree ensemble the engine can explain.</summary>
    public TreeEnsemble? Ensemble { get; }

    public string? UnexplainedReason { get; }

    public static OnnxRiskModel LoadShipped() => Load(ShippedModelPath);

    /// <summary>Loads <paramref name="modelPath"/> with the manifest beside it (name.manifest.json).</summary>
    /// <exception cref="ModelLoadException">The files are missing, unreadable, or the manifest does not match the graph.</exception>
    public static OnnxRiskModel Load(string modelPath, string? manifestPath = null)
    {
        manifestPath ??= ModelManifest.PathFor(modelPath);
        if (!File.Exists(modelPath))
        {
            throw new ModelLoadException($"Risk model '{modelPath}' does not exist.");
        }

        if (!File.Exists(manifestPath))
        {
            throw new ModelLoadException($"Risk model '{modelPath}' has no manifest: expected '{manifestPath}'.");
        }

        ModelManifest manifest;
        try
        {
            manifest = ModelManifest.Read(manifestPath);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new ModelLoadException($"Model manifest '{manifestPath}' is not valid JSON: {e.Message}", e);
        }

        var canonicalIndex = ManifestCheck.FeatureIndexes(manifest, manifestPath);
        var bytes = File.ReadAllBytes(modelPath);
        InferenceSession session;
        try
        {
            using var options = ServingOptions();
            session = new InferenceSession(bytes, options);
        }
        catch (OnnxRuntimeException e)
        {
            throw new ModelLoadException($"ONNX Runtime cannot load risk model '{modelPath}': {e.Message}", e);
        }

        try
        {
            ManifestCheck.AgainstGraph(manifest, session, modelPath, manifestPath);
            var ensemble = TreeEnsembleReader.TryRead(TreeEnsembleReader.ParseModel(bytes), out var whyNot);
            if (ensemble is not null && ensemble.MaxFeature >= canonicalIndex.Length)
            {
                throw new ModelLoadException(
                    $"Risk model '{modelPath}' splits on feature {ensemble.MaxFeature}, but its manifest lists only {canonicalIndex.Length} features.");
            }

            return new OnnxRiskModel(session, manifest, canonicalIndex, ensemble, whyNot);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Runs each scoring on the calling thread. A tree ensemble over one row gains nothing from ONNX Runtime's
    /// intra-op pool, whose threads spin between runs by default and so take the cores the gateway serves with.
    /// </summary>
    private static SessionOptions ServingOptions()
    {
        var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        options.AddSessionConfigEntry("session.inter_op.allow_spinning", "0");
        return options;
    }

    /// <summary>Scores one case: calibrated risk, the model's level and its top contributions.</summary>
    /// <param name="news2">The case's NEWS2 as the engine scored it (null when it does not apply).</param>
    public RiskAssessment Score(ClinicalCase clinicalCase, News2Score? news2, int topContributions = DefaultTopContributions)
    {
        Span<float> features = stackalloc float[FeatureCount];
        Span<float> canonical = stackalloc float[RiskFeatures.Count];
        Fill(clinicalCase, news2, canonical, features);
        var risk = PredictOne(features);
        return new RiskAssessment(risk, Manifest.Thresholds.LevelFor(risk), ModelVersion, Explained(features, clinicalCase, news2, topContributions));
    }

    /// <summary>
    /// Writes the case's features in this model's input order. A model trained on completed cases gets the case
    /// completed by <see cref="NormalReference"/> (and its NEWS2 scored on it), exactly as in training.
    /// </summary>
    private void Fill(ClinicalCase clinicalCase, News2Score? news2, Span<float> canonical, Span<float> features)
    {
        if (Manifest.CompletesMissingMeasurements)
        {
            clinicalCase = NormalReference.Complete(clinicalCase);
            news2 = News2Calculator.Score(clinicalCase);
        }

        RiskFeatures.Extract(clinicalCase, news2, canonical);
        for (var i = 0; i < canonicalIndex.Length; i++)
        {
            features[i] = canonical[canonicalIndex[i]];
        }
    }

    /// <summary>
    /// Only what was measured or reported explains a risk: a reading the model was given as normal is left out, so the
    /// feldsher never reads about a value nobody took.
    /// </summary>
    private IReadOnlyList<FeatureContribution> Explained(ReadOnlySpan<float> features, ClinicalCase clinicalCase, News2Score? news2, int top)
    {
        if (!Manifest.CompletesMissingMeasurements || top <= 0)
        {
            return Explain(features, top);
        }

        Span<float> measured = stackalloc float[RiskFeatures.Count];
        RiskFeatures.Extract(clinicalCase, news2, measured);
        var result = new List<FeatureContribution>(top);
        foreach (var c in Explain(features, FeatureCount))
        {
            if (result.Count == top)
            {
                break;
            }

            if (!RiskFeatures.TryGetIndex(c.Feature, out var i) || !float.IsNaN(measured[i]))
            {
                result.Add(c);
            }
        }

        return result;
    }

    /// <summary>Scores many cases with one graph run, then explains each: the throughput path for batches of cases.</summary>
    /// <param name="news2">Each case's NEWS2 (null where it does not apply), in the same order.</param>
    public RiskAssessment[] ScoreBatch(IReadOnlyList<ClinicalCase> cases, IReadOnlyList<News2Score?> news2, int topContributions = DefaultTopContributions)
    {
        var width = FeatureCount;
        var features = new float[cases.Count * width];
        for (var i = 0; i < cases.Count; i++)
        {
            FeaturesOf(cases[i], news2[i]).CopyTo(features, i * width);
        }

        var risks = Predict(features, cases.Count);
        var results = new RiskAssessment[cases.Count];
        for (var i = 0; i < cases.Count; i++)
        {
            var row = features.AsSpan(i * width, width);
            results[i] = new RiskAssessment(risks[i], Manifest.Thresholds.LevelFor(risks[i]), ModelVersion, Explained(row, cases[i], news2[i], topContributions));
        }

        return results;
    }

    /// <summary>The case's features in this model's input order (NaN = missing).</summary>
    public float[] FeaturesOf(ClinicalCase clinicalCase, News2Score? news2)
    {
        var features = new float[FeatureCount];
        Fill(clinicalCase, news2, new float[RiskFeatures.Count], features);
        return features;
    }

    /// <summary>Calibrated risks for <paramref name="rows"/> rows laid out one after another in <paramref name="features"/>.</summary>
    public float[] Predict(float[] features, int rows)
    {
        if (features.Length != rows * FeatureCount)
        {
            throw new ArgumentException($"Expected {rows} × {FeatureCount} features; got {features.Length}.", nameof(features));
        }

        using var input = OrtValue.CreateTensorValueFromMemory(features, [rows, FeatureCount]);
        using var outputs = session.Run(runOptions, inputNames, [input], outputNames);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }

    /// <summary>The largest SHAP contributions for one row of features, largest first.</summary>
    public IReadOnlyList<FeatureContribution> Explain(ReadOnlySpan<float> features, int top)
    {
        if (explainer is null || top <= 0)
        {
            return [];
        }

        Span<double> phi = stackalloc double[FeatureCount];
        phi.Clear();
        explainer.Explain(features, phi);

        Span<int> best = stackalloc int[Math.Min(top, FeatureCount)];
        var found = 0;
        for (var i = 0; i < phi.Length; i++)
        {
            if (phi[i] == 0)
            {
                continue;
            }

            // Insertion into a short sorted list beats sorting every feature for the few that are shown.
            var at = found < best.Length ? found++ : best.Length;
            while (at > 0 && Math.Abs(phi[best[at - 1]]) < Math.Abs(phi[i]))
            {
                if (at < best.Length)
                {
                    best[at] = best[at - 1];
                }

                at--;
            }

            if (at < best.Length)
            {
                best[at] = i;
            }
        }

        var result = new FeatureContribution[found];
        for (var k = 0; k < found; k++)
        {
            result[k] = new FeatureContribution(Manifest.Features[best[k]].Name, features[best[k]], phi[best[k]]);
        }

        return result;
    }

    private unsafe float PredictOne(Span<float> features)
    {
        fixed (float* data = features)
        {
            using var input = OrtValue.CreateTensorValueWithData(OrtMemoryInfo.DefaultInstance, TensorElementType.Float,
                singleShape, (IntPtr)data, features.Length * sizeof(float));
            using var outputs = session.Run(runOptions, inputNames, [input], outputNames);
            return outputs[0].GetTensorDataAsSpan<float>()[0];
        }
    }

    public void Dispose()
    {
        runOptions.Dispose();
        session.Dispose();
    }
}
