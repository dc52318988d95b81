using System.Text.Json.Nodes;
using Triage.Engine.Model;

namespace Triage.Gateway.Tests.Shadow;

/// <summary>Candidate models for tests: a shipped graph under a version of their own, with thresholds of their own.</summary>
internal static class CandidateFiles
{
    /// <summary>The candidate shipped in models/ beside the gateway.</summary>
    public static string ShippedCandidatePath => Path.Combine(AppContext.BaseDirectory, "models", "triage-risk-v2.onnx");

    /// <summary>Writes name.onnx (a copy of <paramref name="graph"/>) and its manifest into <paramref name="folder"/>.</summary>
    public static string Write(string folder, string name, string graph, string version, double routine, double urgent, double emergency)
    {
        var onnx = Path.Combine(folder, name + ".onnx");
        File.Copy(graph, onnx, overwrite: true);
        var manifest = JsonNode.Parse(File.ReadAllText(ModelManifest.PathFor(graph)))!;
        manifest["version"] = version;
        manifest["thresholds"] = new JsonObject { ["routineReferral"] = routine, ["urgentReferral"] = urgent, ["emergency"] = emergency };
        File.WriteAllText(ModelManifest.PathFor(onnx), manifest.ToJsonString());
        return onnx;
    }
}
