using Triage.Engine.Model;

namespace Triage.Training.Export;

/// <summary>How many training rows pass through each node of an exported ensemble: the covers TreeSHAP weighs branches by.</summary>
public static class NodeCovers
{
    public static float[] Count(TreeEnsemble ensemble, IEnumerable<float[]> trainingRows)
    {
        var covers = new float[ensemble.Feature.Length];
        foreach (var row in trainingRows)
        {
            foreach (var root in ensemble.Roots)
            {
                var node = root;
                covers[node]++;
                while (!ensemble.IsLeaf(node))
                {
                    node = ensemble.Next(node, row);
                    covers[node]++;
                }
            }
        }

        return covers;
    }
}
