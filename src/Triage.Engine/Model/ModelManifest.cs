using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Triage.Engine.Model;

/// <summary>
/// The JSON file beside an ONNX model that says what the graph expects and means: the contract that lets a model
/// trained elsewhere be dropped in without a rebuild. The engine checks it against the graph before serving.
/// </summary>
public sealed record ModelManifest(
    string ModelId,
    string Version,
    string Description,
    ManifestTensor Input,
    ManifestTensor Output,
    IReadOnlyList<ManifestFeature> Features,
    LevelThresholds Thresholds,
    string ThresholdPolicy,
    TrainingDataDescription TrainingData,
    IReadOnlyDictionary<string, double> Metrics,
    string? MissingMeasurements = null,
    IReadOnlyList<TradeOffPoint>? TradeOff = null)
{
    public const string FileSuffix = ".manifest.json";
    public const string NaNMissingValue = "NaN";

    /// <summary>
    /// <see cref="MissingMeasurements"/> value of a model trained on cases completed by <see cref="NormalReference"/>:
    /// the engine completes each case the same way before scoring. Without it, missing values reach the graph as NaN.
    /// </summary>
    public const string NormalReferenceMissing = "normal-reference";

    [JsonIgnore]
    public bool CompletesMissingMeasurements => MissingMeasurements == NormalReferenceMissing;

    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Units such as °C stay readable in the file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>models/triage-risk-v1.onnx → models/triage-risk-v1.manifest.json</summary>
    public static string PathFor(string modelPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath)) ?? ".", Path.GetFileNameWithoutExtension(modelPath) + FileSuffix);

    public static ModelManifest Read(string path) =>
        JsonSerializer.Deserialize<ModelManifest>(File.ReadAllText(path), JsonOptions)
        ?? throw new ModelLoadException($"Model manifest '{path}' is empty.");

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions) + "\n";
}
