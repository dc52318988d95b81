namespace Triage.Engine.Model;

/// <summary>One column of the model's input, in input order.</summary>
public sealed record ManifestFeature(string Name, string Unit);
