using System.Buffers;

namespace Triage.Engine.Model;

/// <summary>
/// Exact path-dependent TreeSHAP (Lundberg et al., "Consistent individualized feature attribution for tree
/// ensembles", 2018, Algorithm 2): the Shapley value of every feature for one case, in polynomial time.
/// The values sum with <see cref="TreeEnsemble.ExpectedValue"/> to the ensemble's raw output.
/// </summary>
public sealed class TreeShap(TreeEnsemble ensemble)
{
    private struct PathElement
    {
        public int Feature;
        public double Zero;
        public double One;
        public double Weight;
    }

    /// <summary>Adds each feature's SHAP value for the case into <paramref name="phi"/> (one slot per feature).</summary>
    public void Explain(ReadOnlySpan<float> features, Span<double> phi)
    {
        var depth = ensemble.MaxDepth + 3;
        var pool = ArrayPool<PathElement>.Shared;
        var path = pool.Rent(depth * (depth + 1) / 2 + depth);
        try
        {
            foreach (var root in ensemble.Roots)
            {
                Recurse(features, phi, path, 0, root, 0, 1, 1, -1);
            }
        }
        finally
        {
            pool.Return(path);
        }
    }

    private void Recurse(ReadOnlySpan<float> x, Span<double> phi, PathElement[] buffer, int parentOffset, int node, int uniqueDepth,
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
        var hot = ensemble.Next(node, x);
        var cold = hot == ensemble.TrueChild[node] ? ensemble.FalseChild[node] : ensemble.TrueChild[node];
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

        Recurse(x, phi, buffer, offset, hot, uniqueDepth + 1, ensemble.Cover[hot] / cover * incomingZero, incomingOne, split);
        Recurse(x, phi, buffer, offset, cold, uniqueDepth + 1, ensemble.Cover[cold] / cover * incomingZero, 0, split);
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
