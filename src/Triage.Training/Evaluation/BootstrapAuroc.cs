namespace Triage.Training.Evaluation;

/// <summary>AUROC with a 95 % percentile bootstrap interval; each replicate reweights one sorted pass, so 1,000 are cheap.</summary>
public static class BootstrapAuroc
{
    public const int Replicates = 1000;

    public static Estimate Of(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, int seed)
    {
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        var ones = Enumerable.Repeat(1, scores.Count).ToArray();
        var point = Weighted(order, scores, labels, ones);

        var random = new Random(seed);
        var counts = new int[scores.Count];
        var replicates = new double[Replicates];
        for (var r = 0; r < Replicates; r++)
        {
            Array.Clear(counts);
            for (var k = 0; k < counts.Length; k++)
            {
                counts[random.Next(counts.Length)]++;
            }

            replicates[r] = Weighted(order, scores, labels, counts);
        }

        Array.Sort(replicates);
        return new Estimate(point, replicates[(int)(0.025 * Replicates)], replicates[(int)(0.975 * Replicates) - 1]);
    }

    private static double Weighted(int[] order, IReadOnlyList<double> scores, IReadOnlyList<bool> labels, int[] weight)
    {
        double negativesBelow = 0, pairs = 0, positives = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            double pos = 0, neg = 0;
            while (end < order.Length && scores[order[end]] == scores[order[start]])
            {
                var i = order[end++];
                if (labels[i])
                {
                    pos += weight[i];
                }
                else
                {
                    neg += weight[i];
                }
            }

            // Positives beat every negative below them and tie with half of those level with them.
            pairs += pos * (negativesBelow + neg / 2);
            negativesBelow += neg;
            positives += pos;
            start = end;
        }

        return pairs / (positives * negativesBelow);
    }
}
