using Triage.Cohort;
using Triage.Engine.Model;
using Triage.Training.Training;

namespace Triage.Training.Tests;

/// <summary>TreeSHAP against the Shapley formula itself, computed over every subset of the features the trees use.</summary>
public sealed class TreeShapTests(TrainedModelFixture fixture) : IClassFixture<TrainedModelFixture>
{
    [Fact]
    public void MatchesBruteForceShapleyValuesOnTheFirstTrees()
    {
        var full = fixture.Onnx.Ensemble!;
        var small = new TreeEnsemble(full.Roots[..2], full.Feature, full.Threshold, full.Mode, full.MissingGoesTrue, full.TrueChild, full.FalseChild,
            full.LeafValue, full.Cover, 0);
        var used = Enumerable.Range(0, full.Feature.Length).Where(n => Reachable(small, n) && !small.IsLeaf(n)).Select(n => small.Feature[n]).Distinct().ToArray();
        Assert.InRange(used.Length, 2, 14);

        foreach (var labelled in new CohortGenerator(31).Generate(20))
        {
            var x = CaseFeatures.Of(labelled.Case);
            var phi = new double[x.Length];
            new TreeShap(small).Explain(x, phi);
            var exact = BruteForce(small, x, used);
            for (var k = 0; k < used.Length; k++)
            {
                Assert.Equal(exact[k], phi[used[k]], 9);
            }
        }
    }

    [Fact]
    public void DeepTreesExplainedCaseByCaseMatchBruteForceToo()
    {
        // More splits than are tabulated at load, so the per-case recursion does the work.
        var random = new Random(4);
        var builder = new DeepTreeBuilder(random, features: 6);
        var root = builder.Grow(TreeShap.MaxTabulatedSplits + 3);
        var tree = builder.Build(root);
        var used = Enumerable.Range(0, 6).ToArray();

        for (var n = 0; n < 20; n++)
        {
            var x = used.Select(_ => random.NextDouble() < 0.15 ? float.NaN : (float)random.NextDouble()).ToArray();
            var phi = new double[x.Length];
            new TreeShap(tree).Explain(x, phi);
            var exact = BruteForce(tree, x, used);
            for (var k = 0; k < used.Length; k++)
            {
                Assert.Equal(exact[k], phi[k], 9);
            }
        }
    }

    private static bool Reachable(TreeEnsemble e, int node) => e.Roots.Any(r => Under(e, r, node));

    private static bool Under(TreeEnsemble e, int from, int node) =>
        from == node || (!e.IsLeaf(from) && (Under(e, e.TrueChild[from], node) || Under(e, e.FalseChild[from], node)));

    private static double[] BruteForce(TreeEnsemble e, float[] x, int[] used)
    {
        var m = used.Length;
        var value = new double[1 << m];
        for (var subset = 0; subset < value.Length; subset++)
        {
            var known = Enumerable.Range(0, m).Where(k => (subset & (1 << k)) != 0).Select(k => used[k]).ToHashSet();
            value[subset] = e.Roots.Sum(r => Conditional(e, r, x, known));
        }

        var phi = new double[m];
        for (var k = 0; k < m; k++)
        {
            for (var subset = 0; subset < value.Length; subset++)
            {
                if ((subset & (1 << k)) != 0)
                {
                    continue;
                }

                var size = System.Numerics.BitOperations.PopCount((uint)subset);
                phi[k] += Factorial(size) * Factorial(m - size - 1) / Factorial(m) * (value[subset | (1 << k)] - value[subset]);
            }
        }

        return phi;
    }

    /// <summary>E[f(x) | x_S] as path-dependent TreeSHAP defines it: unknown splits average their branches by cover.</summary>
    private static double Conditional(TreeEnsemble e, int node, float[] x, HashSet<int> known)
    {
        if (e.IsLeaf(node))
        {
            return e.LeafValue[node];
        }

        if (known.Contains(e.Feature[node]))
        {
            return Conditional(e, e.Next(node, x), x, known);
        }

        var (t, f) = (e.TrueChild[node], e.FalseChild[node]);
        return (e.Cover[t] * Conditional(e, t, x, known) + e.Cover[f] * Conditional(e, f, x, known)) / e.Cover[node];
    }

    private static double Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);
}
