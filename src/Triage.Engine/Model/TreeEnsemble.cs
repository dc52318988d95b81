namespace Triage.Engine.Model;

/// <summary>
/// A sum of regression trees as an ONNX TreeEnsembleRegressor holds it, flattened for fast walking. Covers (how many
/// training rows reached each node) weigh the branches a case did not take when its prediction is explained.
/// </summary>
public sealed class TreeEnsemble
{
    public const int Leaf = -1;

    internal TreeEnsemble(int[] roots, int[] feature, float[] threshold, NodeMode[] mode, bool[] missingGoesTrue,
        int[] trueChild, int[] falseChild, double[] leafValue, double[] cover, double baseValue)
    {
        Roots = roots;
        Feature = feature;
        Threshold = threshold;
        Mode = mode;
        MissingGoesTrue = missingGoesTrue;
        TrueChild = trueChild;
        FalseChild = falseChild;
        LeafValue = leafValue;
        Cover = cover;
        BaseValue = baseValue;
        MaxDepth = roots.Max(Depth);
        ExpectedValue = baseValue + roots.Sum(r => Expected(r) / cover[r]);
    }

    /// <summary>The first node of each tree.</summary>
    public int[] Roots { get; }

    /// <summary>Split feature of each node; <see cref="Leaf"/> for leaves.</summary>
    public int[] Feature { get; }

    public float[] Threshold { get; }

    internal NodeMode[] Mode { get; }

    public bool[] MissingGoesTrue { get; }

    public int[] TrueChild { get; }

    public int[] FalseChild { get; }

    /// <summary>Weighted leaf value (zero for internal nodes).</summary>
    public double[] LeafValue { get; }

    public double[] Cover { get; }

    public double BaseValue { get; }

    /// <summary>The ensemble's output averaged over the training rows: what SHAP values are measured from.</summary>
    public double ExpectedValue { get; }

    public int MaxDepth { get; }

    public int MaxFeature => Feature.Max();

    public bool IsLeaf(int node) => Feature[node] == Leaf;

    /// <summary>The branch a case with these features takes at <paramref name="node"/>.</summary>
    public int Next(int node, ReadOnlySpan<float> features)
    {
        var x = features[Feature[node]];
        if (float.IsNaN(x))
        {
            return MissingGoesTrue[node] ? TrueChild[node] : FalseChild[node];
        }

        var t = Threshold[node];
        var goesTrue = Mode[node] switch
        {
            NodeMode.LessOrEqual => x <= t,
            NodeMode.Less => x < t,
            NodeMode.GreaterOrEqual => x >= t,
            _ => x > t,
        };
        return goesTrue ? TrueChild[node] : FalseChild[node];
    }

    /// <summary>The raw ensemble output (before any calibration) for one case.</summary>
    public double Predict(ReadOnlySpan<float> features)
    {
        var sum = BaseValue;
        foreach (var root in Roots)
        {
            var node = root;
            while (!IsLeaf(node))
            {
                node = Next(node, features);
            }

            sum += LeafValue[node];
        }

        return sum;
    }

    private int Depth(int node) => IsLeaf(node) ? 0 : 1 + Math.Max(Depth(TrueChild[node]), Depth(FalseChild[node]));

    /// <summary>Cover-weighted sum of the leaves under <paramref name="node"/>.</summary>
    private double Expected(int node) => IsLeaf(node) ? Cover[node] * LeafValue[node] : Expected(TrueChild[node]) + Expected(FalseChild[node]);
}
