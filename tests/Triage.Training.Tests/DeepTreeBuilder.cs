using Triage.Engine.Model;

namespace Triage.Training.Tests;

/// <summary>Grows one random tree with a given number of splits, with covers that add up, for explanation tests.</summary>
internal sealed class DeepTreeBuilder(Random random, int features)
{
    private readonly List<int> feature = [];
    private readonly List<float> threshold = [];
    private readonly List<int> trueChild = [];
    private readonly List<int> falseChild = [];
    private readonly List<double> leafValue = [];
    private readonly List<double> cover = [];

    /// <summary>Adds a subtree with <paramref name="splits"/> splits and returns its root.</summary>
    public int Grow(int splits)
    {
        var node = feature.Count;
        feature.Add(TreeEnsemble.Leaf);
        threshold.Add(0);
        trueChild.Add(0);
        falseChild.Add(0);
        leafValue.Add(0);
        cover.Add(0);
        if (splits == 0)
        {
            leafValue[node] = random.NextDouble() * 2 - 1;
            cover[node] = 1 + random.Next(50);
            return node;
        }

        var left = random.Next(splits);
        feature[node] = random.Next(features);
        threshold[node] = (float)random.NextDouble();
        trueChild[node] = Grow(left);
        falseChild[node] = Grow(splits - 1 - left);
        cover[node] = cover[trueChild[node]] + cover[falseChild[node]];
        return node;
    }

    public TreeEnsemble Build(int root) => new([root], [.. feature], [.. threshold], new NodeMode[feature.Count], new bool[feature.Count],
        [.. trueChild], [.. falseChild], [.. leafValue], [.. cover], 0);
}
