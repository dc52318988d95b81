using System.Buffers;

namespace Triage.Engine.Model;

/// <summary>
/// Exact path-dependent TreeSHAP (Lundberg et al., "Consistent individualized feature attribution for tree
/// ensembles", 2018, Algorithm 2): the Shapley value of every feature for one case.
/// The values sum with <see cref="TreeEnsemble.ExpectedValue"/> to the ensemble's raw output.
/// A tree's SHAP values depend on the case only through the branch it takes at each split, so for small trees the
/// values of every branch pattern are computed once at load and a case costs one walk over the splits per tree.
/// </summary>
public sealed class TreeShap
{
    /// <summary>Trees with more splits than this (2^n patterns) are explained by the recursion for each case instead.</summary>
    public const int MaxTabulatedSplits = 10;

    private readonly TreeEnsemble ensemble;
    private readonly int[][] splits;
    private readonly int[][] features;
    private readonly double[]?[] tables;

    /// <summary>Per tree, when every split is "x ≤ t" with missing values going false: the split features and thresholds, for a branch-free walk.</summary>
    private readonly (int[] Feature, float[] Threshold)?[] lessOrEqualSplits;

    private struct PathElement
    {
        public int Feature;
        public double Zero;
        public double One;
        public double Weight;
    }

    public TreeShap(TreeEnsemble ensemble)
    {
        this.ensemble = ensemble;
        var trees = ensemble.Roots.Length;
        splits = new int[trees][];
        features = new int[trees][];
        tables = new double[trees][];
        lessOrEqualSplits = new (int[], float[])?[trees];
        var goesTrue = new bool[ensemble.Feature.Length];
        var phi = new double[ensemble.MaxFeature + 1];
        for (var t = 0; t < trees; t++)
        {
            splits[t] = SplitsUnder(ensemble.Roots[t]).ToArray();
            features[t] = splits[t].Select(n => ensemble.Feature[n]).Distinct().Order().ToArray();
            if (splits[t].Length <= MaxTabulatedSplits)
            {
                tables[t] = Tabulate(t, goesTrue, phi);
            }

            if (splits[t].All(n => ensemble.Mode[n] == NodeMode.LessOrEqual && !ensemble.MissingGoesTrue[n]))
            {
                lessOrEqualSplits[t] = (splits[t].Select(n => ensemble.Feature[n]).ToArray(), splits[t].Select(n => ensemble.Threshold[n]).ToArray());
            }
        }
    }

    /// <summary>Adds each feature's SHAP value for the case into <paramref name="phi"/> (one slot per feature).</summary>
    public void Explain(ReadOnlySpan<float> x, Span<double> phi)
    {
        bool[]? goesTrue = null;
        for (var t = 0; t < splits.Length; t++)
        {
            var nodes = splits[t];
            if (tables[t] is { } table)
            {
                var pattern = 0;
                if (lessOrEqualSplits[t] is var (feature, threshold))
                {
                    // NaN fails the comparison and goes false, as in the graph.
                    for (var k = 0; k < feature.Length; k++)
                    {
                        pattern |= (x[feature[k]] <= threshold[k] ? 1 : 0) << k;
                    }
                }
                else
                {
                    for (var k = 0; k < nodes.Length; k++)
                    {
                        if (ensemble.Next(nodes[k], x) == ensemble.TrueChild[nodes[k]])
                        {
                            pattern |= 1 << k;
                        }
                    }
                }

                var treeFeatures = features[t];
                var row = table.AsSpan(pattern * treeFeatures.Length, treeFeatures.Length);
                for (var j = 0; j < treeFeatures.Length; j++)
                {
                    phi[treeFeatures[j]] += row[j];
                }

                continue;
            }

            goesTrue ??= ArrayPool<bool>.Shared.Rent(ensemble.Feature.Length);
            foreach (var node in nodes)
            {
                goesTrue[node] = ensemble.Next(node, x) == ensemble.TrueChild[node];
            }

            ExplainTree(t, goesTrue, phi);
        }

        if (goesTrue is not null)
        {
            ArrayPool<bool>.Shared.Return(goesTrue);
        }
    }

    /// <summary>SHAP values of tree <paramref name="t"/> for every pattern of branches, laid out pattern by pattern.</summary>
    private double[] Tabulate(int t, bool[] goesTrue, double[] phi)
    {
        var nodes = splits[t];
        var treeFeatures = features[t];
        var table = new double[(1 << nodes.Length) * treeFeatures.Length];
        for (var pattern = 0; pattern < 1 << nodes.Length; pattern++)
        {
            for (var k = 0; k < nodes.Length; k++)
            {
                goesTrue[nodes[k]] = (pattern & (1 << k)) != 0;
            }

            ExplainTree(t, goesTrue, phi);
            for (var j = 0; j < treeFeatures.Length; j++)
            {
                table[pattern * treeFeatures.Length + j] = phi[treeFeatures[j]];
                phi[treeFeatures[j]] = 0;
            }
        }

        return table;
    }

    private void ExplainTree(int t, bool[] goesTrue, Span<double> phi)
    {
        var depth = ensemble.MaxDepth + 3;
        var pool = ArrayPool<PathElement>.Shared;
        var path = pool.Rent(depth * (depth + 1) / 2 + depth);
        try
        {
            Recurse(goesTrue, phi, path, 0, ensemble.Roots[t], 0, 1, 1, -1);
        }
        finally
        {
            pool.Return(path);
        }
    }

    private IEnumerable<int> SplitsUnder(int node) => ensemble.IsLeaf(node)
        ? []
        : [node, .. SplitsUnder(ensemble.TrueChild[node]), .. SplitsUnder(ensemble.FalseChild[node])];

    private void Recurse(bool[] goesTrue, Span<double> phi, PathElement[] buffer, int parentOffset, int node, int uniqueDepth,
        double zero, double one, int feature)
    {
        // Each level works on its own copy of the path, laid out after its parent's.
        var offset = parentOffset + uniqueDepth + 1;
        Array.Copy(buffer, parentOffset, buffer, offset, uniqueDepth + 1);
        var path = buffer.AsSpan(offset, uniqueDepth + 1);
        Extend(path, uniqueDepth, zero, one, feature);

        if (ensemble.IsLeaf(node))
        {
            var value = ensemble.LeafValue[node];
            for (var i = 1; i <= uniqueDepth; i++)
            {
                var w = UnwoundSum(path, uniqueDepth, i);
                phi[path[i].Feature] += w * (path[i].One - path[i].Zero) * value;
            }

            return;
        }

        var split = ensemble.Feature[node];
        var (hot, cold) = goesTrue[node] ? (ensemble.TrueChild[node], ensemble.FalseChild[node]) : (ensemble.FalseChild[node], ensemble.TrueChild[node]);
        var cover = ensemble.Cover[node];
        var incomingZero = 1.0;
        var incomingOne = 1.0;

        var k = 1;
        while (k <= uniqueDepth && path[k].Feature != split)
        {
            k++;
        }

        // A feature met again on the path is undone first, so that each feature appears once.
        if (k <= uniqueDepth)
        {
            incomingZero = path[k].Zero;
            incomingOne = path[k].One;
            Unwind(path, uniqueDepth, k);
            uniqueDepth--;
        }

        Recurse(goesTrue, phi, buffer, offset, hot, uniqueDepth + 1, ensemble.Cover[hot] / cover * incomingZero, incomingOne, split);
        Recurse(goesTrue, phi, buffer, offset, cold, uniqueDepth + 1, ensemble.Cover[cold] / cover * incomingZero, 0, split);
    }

    private static void Extend(Span<PathElement> path, int uniqueDepth, double zero, double one, int feature)
    {
        path[uniqueDepth] = new PathElement { Feature = feature, Zero = zero, One = one, Weight = uniqueDepth == 0 ? 1 : 0 };
        for (var i = uniqueDepth - 1; i >= 0; i--)
        {
            path[i + 1].Weight += one * path[i].Weight * (i + 1) / (uniqueDepth + 1);
            path[i].Weight = zero * path[i].Weight * (uniqueDepth - i) / (uniqueDepth + 1);
        }
    }

    private static void Unwind(Span<PathElement> path, int uniqueDepth, int index)
    {
        var one = path[index].One;
        var zero = path[index].Zero;
        var next = path[uniqueDepth].Weight;
        for (var i = uniqueDepth - 1; i >= 0; i--)
        {
            if (one != 0)
            {
                var previous = path[i].Weight;
                path[i].Weight = next * (uniqueDepth + 1) / ((i + 1) * one);
                next = previous - path[i].Weight * zero * (uniqueDepth - i) / (uniqueDepth + 1);
            }
            else
            {
                path[i].Weight = path[i].Weight * (uniqueDepth + 1) / (zero * (uniqueDepth - i));
            }
        }

        for (var i = index; i < uniqueDepth; i++)
        {
            path[i].Feature = path[i + 1].Feature;
            path[i].Zero = path[i + 1].Zero;
            path[i].One = path[i + 1].One;
        }
    }

    private static double UnwoundSum(ReadOnlySpan<PathElement> path, int uniqueDepth, int index)
    {
        var one = path[index].One;
        var zero = path[index].Zero;
        var next = path[uniqueDepth].Weight;
        var total = 0.0;
        for (var i = uniqueDepth - 1; i >= 0; i--)
        {
            if (one != 0)
            {
                var share = next * (uniqueDepth + 1) / ((i + 1) * one);
                total += share;
                next = path[i].Weight - share * zero * (uniqueDepth - i) / (uniqueDepth + 1);
            }
            else if (zero != 0)
            {
                total += path[i].Weight / zero / ((double)(uniqueDepth - i) / (uniqueDepth + 1));
            }
        }

        return total;
    }
}
