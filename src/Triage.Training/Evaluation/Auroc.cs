namespace Triage.Training.Evaluation;

/// <summary>Area under the ROC curve: the chance a random serious case scores above a random other one (ties count half).</summary>
public static class Auroc
{
    public static double Of(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double positives = 0, negatives = 0, rankSum = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }

            // Midrank (1-based) for a run of ties.
            var rank = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++)
            {
                if (labels[order[k]])
                {
                    positives++;
                    rankSum += rank;
                }
                else
                {
                    negatives++;
                }
            }

            start = end + 1;
        }

        return positives == 0 || negatives == 0 ? double.NaN : (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }
}
