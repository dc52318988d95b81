namespace Triage.Training.Export;

/// <summary>The files that ship a model: graph, manifest, card.</summary>
public sealed record ModelArtifacts(string Folder, string FileStem)
{
    public const string ShippedStem = "triage-risk-v1";

    public string OnnxPath => Path.Combine(Folder, FileStem + ".onnx");

    public string ManifestPath => Path.Combine(Folder, FileStem + Engine.Model.ModelManifest.FileSuffix);

    public string ModelCardPath => Path.Combine(Folder, "MODEL_CARD.md");
}
