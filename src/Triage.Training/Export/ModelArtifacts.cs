namespace Triage.Training.Export;

/// <summary>
/// The files that ship a model: graph, manifest, card. The shipped model's card is MODEL_CARD.md; any other model
/// (a candidate) has a card of its own named after its files, so that training it leaves the shipped card alone.
/// </summary>
public sealed record ModelArtifacts(string Folder, string FileStem)
{
    public const string ShippedStem = "triage-risk-v1";

    public string OnnxPath => Path.Combine(Folder, FileStem + ".onnx");

    public string ManifestPath => Path.Combine(Folder, FileStem + Engine.Model.ModelManifest.FileSuffix);

    public bool IsShipped => FileStem == ShippedStem;

    public string ModelCardPath => Path.Combine(Folder, IsShipped ? "MODEL_CARD.md" : FileStem + ".MODEL_CARD.md");

    /// <summary>triage-risk-vN for a version N.x.y, in <paramref name="folder"/>.</summary>
    public static ModelArtifacts ForVersion(string folder, Version version) => new(folder, $"{ModelBuild.ModelId}-v{version.Major}");
}
