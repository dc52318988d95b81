using System.Text;
using Triage.Engine.Model.Onnx;

namespace Triage.Engine.Model;

/// <summary>
/// Reads the trees out of an ONNX graph's ai.onnx.ml TreeEnsembleRegressor, whoever wrote it, so that any dropped-in
/// tree model can be explained. Node covers come from the standard nodes_hitrates attribute; a model without them is
/// explained as if each split divided the training rows evenly.
/// </summary>
public static class TreeEnsembleReader
{
    public const string OpType = "TreeEnsembleRegressor";
    public const string Domain = "ai.onnx.ml";

    /// <summary>The ensemble, or null with the reason when the graph holds none the engine can explain.</summary>
    public static TreeEnsemble? TryRead(ModelProto model, out string? whyNot)
    {
        var nodes = model.Graph.Node.Where(n => n.OpType == OpType && n.Domain == Domain).ToList();
        if (nodes.Count != 1)
        {
            whyNot = $"the graph has {nodes.Count} {Domain}.{OpType} nodes; explanations need exactly one";
            return null;
        }

        var a = nodes[0].Attribute.ToDictionary(x => x.Name);
        if (Text(a, "aggregate_function", "SUM") != "SUM" || Longs(a, "n_targets") is [> 1])
        {
            whyNot = "only a single-target SUM ensemble can be explained";
            return null;
        }

        var treeIds = Longs(a, "nodes_treeids");
        var nodeIds = Longs(a, "nodes_nodeids");
        var count = treeIds.Length;
        var index = new Dictionary<(long Tree, long Node), int>(count);
        for (var i = 0; i < count; i++)
        {
            index[(treeIds[i], nodeIds[i])] = i;
        }

        var modes = a["nodes_modes"].Strings.Select(s => s.ToString(Encoding.UTF8)).ToArray();
        var featureIds = Longs(a, "nodes_featureids");
        var values = Floats(a, "nodes_values");
        var trueIds = Longs(a, "nodes_truenodeids");
        var falseIds = Longs(a, "nodes_falsenodeids");
        var missing = Longs(a, "nodes_missing_value_tracks_true");
        var hitRates = Floats(a, "nodes_hitrates");

        var feature = new int[count];
        var mode = new NodeMode[count];
        var trueChild = new int[count];
        var falseChild = new int[count];
        for (var i = 0; i < count; i++)
        {
            if (modes[i] == "LEAF")
            {
                feature[i] = TreeEnsemble.Leaf;
                continue;
            }

            if (ParseMode(modes[i]) is not { } m)
            {
                whyNot = $"node mode {modes[i]} cannot be explained";
                return null;
            }

            mode[i] = m;
            feature[i] = (int)featureIds[i];
            trueChild[i] = index[(treeIds[i], trueIds[i])];
            falseChild[i] = index[(treeIds[i], falseIds[i])];
        }

        var leafValue = new double[count];
        var targetTrees = Longs(a, "target_treeids");
        var targetNodes = Longs(a, "target_nodeids");
        var weights = Floats(a, "target_weights");
        for (var i = 0; i < targetTrees.Length; i++)
        {
            leafValue[index[(targetTrees[i], targetNodes[i])]] += weights[i];
        }

        var hasParent = new bool[count];
        for (var i = 0; i < count; i++)
        {
            if (feature[i] != TreeEnsemble.Leaf)
            {
                hasParent[trueChild[i]] = hasParent[falseChild[i]] = true;
            }
        }

        var roots = Enumerable.Range(0, count).Where(i => !hasParent[i]).ToArray();
        var cover = hitRates.Length == count ? hitRates.Select(h => Math.Max(h, 1e-9)).ToArray() : EvenCovers(roots, feature, trueChild, falseChild, count);

        whyNot = null;
        return new TreeEnsemble(roots, feature, values, mode, missing.Length == count ? missing.Select(m => m != 0).ToArray() : new bool[count],
            trueChild, falseChild, leafValue, cover, Floats(a, "base_values").Sum(v => (double)v));
    }

    private static NodeMode? ParseMode(string mode) => mode switch
    {
        "BRANCH_LEQ" => NodeMode.LessOrEqual,
        "BRANCH_LT" => NodeMode.Less,
        "BRANCH_GTE" => NodeMode.GreaterOrEqual,
        "BRANCH_GT" => NodeMode.Greater,
        _ => null,
    };

    private static double[] EvenCovers(int[] roots, int[] feature, int[] trueChild, int[] falseChild, int count)
    {
        var cover = new double[count];
        void Fill(int node, double share)
        {
            cover[node] = share;
            if (feature[node] != TreeEnsemble.Leaf)
            {
                Fill(trueChild[node], share / 2);
                Fill(falseChild[node], share / 2);
            }
        }

        foreach (var root in roots)
        {
            Fill(root, 1);
        }

        return cover;
    }

    private static long[] Longs(Dictionary<string, AttributeProto> a, string name) => a.TryGetValue(name, out var x) ? (x.Ints.Count > 0 ? x.Ints.ToArray() : [x.I]) : [];

    private static float[] Floats(Dictionary<string, AttributeProto> a, string name) => a.TryGetValue(name, out var x) ? x.Floats.ToArray() : [];

    private static string Text(Dictionary<string, AttributeProto> a, string name, string fallback) =>
        a.TryGetValue(name, out var x) ? x.S.ToString(Encoding.UTF8) : fallback;

    /// <summary>Parses an ONNX file with the engine's onnx.proto subset.</summary>
    public static ModelProto ParseModel(byte[] onnx) => ModelProto.Parser.ParseFrom(onnx);
}
