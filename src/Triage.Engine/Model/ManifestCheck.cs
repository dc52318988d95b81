using Microsoft.ML.OnnxRuntime;

namespace Triage.Engine.Model;

/// <summary>The start-up checks that a manifest describes its graph and features the engine can supply.</summary>
internal static class ManifestCheck
{
    /// <summary>For each input column, the index of the engine feature that fills it.</summary>
    public static int[] FeatureIndexes(ModelManifest manifest, string manifestPath)
    {
        var problems = new List<string>();
        if (manifest.Features is not { Count: > 0 })
        {
            problems.Add("it lists no features");
        }

        if (manifest.Input?.Name is null || manifest.Output?.Name is null)
        {
            problems.Add("it must name the graph's input and output (input.name, output.name)");
        }

        if (manifest.Input?.MissingValue != ModelManifest.NaNMissingValue)
        {
            problems.Add($"input.missingValue must be \"{ModelManifest.NaNMissingValue}\" (the only policy the engine supplies); got \"{manifest.Input?.MissingValue}\"");
        }

        if (manifest.Thresholds is not { IsOrdered: true })
        {
            problems.Add($"thresholds must satisfy 0 < routineReferral ≤ urgentReferral ≤ emergency < 1; got {manifest.Thresholds}");
        }

        var indexes = new List<int>();
        foreach (var feature in manifest.Features ?? [])
        {
            if (!RiskFeatures.TryGetIndex(feature.Name, out var index))
            {
                problems.Add($"feature '{feature.Name}' is not one the engine can supply (see docs/model.md for the list)");
            }
            else if (RiskFeatures.All[index].Unit != feature.Unit)
            {
                problems.Add($"feature '{feature.Name}' is in '{feature.Unit}' in the manifest but the engine supplies '{RiskFeatures.All[index].Unit}'");
            }
            else if (indexes.Contains(index))
            {
                problems.Add($"feature '{feature.Name}' is listed twice");
            }

            indexes.Add(index);
        }

        Refuse(problems, $"Model manifest '{manifestPath}'");
        return [.. indexes];
    }

    public static void AgainstGraph(ModelManifest manifest, InferenceSession session, string modelPath, string manifestPath)
    {
        var problems = new List<string>();
        if (!session.InputMetadata.TryGetValue(manifest.Input.Name, out var input))
        {
            problems.Add($"the manifest's input '{manifest.Input.Name}' is not in the graph, whose inputs are [{string.Join(", ", session.InputMetadata.Keys)}]");
        }
        else
        {
            if (session.InputMetadata.Count != 1)
            {
                problems.Add($"the graph has {session.InputMetadata.Count} inputs; the engine feeds exactly one");
            }

            if (input.ElementDataType != Microsoft.ML.OnnxRuntime.Tensors.TensorElementType.Float)
            {
                problems.Add($"input '{manifest.Input.Name}' is {input.ElementDataType}, not float32");
            }

            if (input.Dimensions is not [_, var width] || width != manifest.Features.Count)
            {
                problems.Add($"input '{manifest.Input.Name}' has shape [{string.Join(", ", input.Dimensions)}] but the manifest lists {manifest.Features.Count} features: expected [N, {manifest.Features.Count}]");
            }
        }

        if (!session.OutputMetadata.TryGetValue(manifest.Output.Name, out var output))
        {
            problems.Add($"the manifest's output '{manifest.Output.Name}' is not in the graph, whose outputs are [{string.Join(", ", session.OutputMetadata.Keys)}]");
        }
        else
        {
            if (output.ElementDataType != Microsoft.ML.OnnxRuntime.Tensors.TensorElementType.Float)
            {
                problems.Add($"output '{manifest.Output.Name}' is {output.ElementDataType}, not float32");
            }

            if (output.Dimensions is not ([_] or [_, 1]))
            {
                problems.Add($"output '{manifest.Output.Name}' has shape [{string.Join(", ", output.Dimensions)}]; expected [N] or [N, 1] (one probability per row)");
            }
        }

        Refuse(problems, $"Risk model '{modelPath}' does not match its manifest '{manifestPath}'");
    }

    private static void Refuse(List<string> problems, string subject)
    {
        if (problems.Count > 0)
        {
            throw new ModelLoadException($"{subject}: {string.Join("; ", problems)}.");
        }
    }
}
