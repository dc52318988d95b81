using Microsoft.ML.Trainers.FastTree;

namespace Triage.Training.Export;

/// <summary>
/// ML.NET's trees as the flat node lists of an ONNX TreeEnsembleRegressor. In ML.NET a tree's internal nodes are
/// 0…n−2 and a child index c &lt; 0 means leaf ~c; here internal node i keeps id i and leaf j becomes id (n−1)+j.
/// "x ≤ threshold" goes to the true branch (ML.NET's LeftChild); NaN fails the comparison and goes false, as in ML.NET.
/// </summary>
internal sealed class TreeNodes
{
    public List<long> TreeIds { get; } = [];
    public List<long> NodeIds { get; } = [];
    public List<long> FeatureIds { get; } = [];
    public List<float> Values { get; } = [];
    public List<string> Modes { get; } = [];
    public List<long> TrueIds { get; } = [];
    public List<long> FalseIds { get; } = [];
    public List<long> TargetTreeIds { get; } = [];
    public List<long> TargetNodeIds { get; } = [];
    public List<float> TargetWeights { get; } = [];

    public int Count => NodeIds.Count;

    public static TreeNodes From(RegressionTreeEnsemble ensemble)
    {
        var nodes = new TreeNodes();
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            var weight = ensemble.TreeWeights[t];
            var internalCount = tree.NumberOfNodes;
            long Id(int child) => child >= 0 ? child : internalCount + ~child;

            for (var i = 0; i < internalCount; i++)
            {
                nodes.Add(t, i, tree.NumericalSplitFeatureIndexes[i], tree.NumericalSplitThresholds[i], "BRANCH_LEQ", Id(tree.LeftChild[i]), Id(tree.RightChild[i]));
            }

            for (var j = 0; j < tree.NumberOfLeaves; j++)
            {
                nodes.Add(t, internalCount + j, 0, 0, "LEAF", 0, 0);
                nodes.TargetTreeIds.Add(t);
                nodes.TargetNodeIds.Add(internalCount + j);
                nodes.TargetWeights.Add((float)(weight * tree.LeafValues[j]));
            }
        }

        return nodes;
    }

    private void Add(long tree, long node, long feature, float value, string mode, long trueId, long falseId)
    {
        TreeIds.Add(tree);
        NodeIds.Add(node);
        FeatureIds.Add(feature);
        Values.Add(value);
        Modes.Add(mode);
        TrueIds.Add(trueId);
        FalseIds.Add(falseId);
    }
}
