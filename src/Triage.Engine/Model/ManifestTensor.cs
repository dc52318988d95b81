namespace Triage.Engine.Model;

/// <summary>A graph input or output the engine binds by name.</summary>
/// <param name="Shape">As the graph declares it; "N" is the batch dimension.</param>
/// <param name="MissingValue">For the input: how a value that was not measured is passed. Only "NaN" is supported.</param>
public sealed record ManifestTensor(string Name, string ElementType, IReadOnlyList<string> Shape, string? MissingValue = null, string? Meaning = null);
