namespace Triage.Reports.Statistics;

/// <summary>How well a score separates cases with the outcome from cases without it.</summary>
public static class Discrimination
{
    /// <summary>
    /// Area under the ROC curve as the Mann–Whitney probability that a random case with the outcome scores above a
    /// random case without it, ties counting one half (Hanley &amp; McNeil, Radiology 1982). Null without both classes.
    /// </summary>
    public static double? Auroc(IReadOnlyList<ScoredOutcome> cases)
    {
        var positives = cases.Count(c => c.Outcome);
        var negatives = cases.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return null;
        }

        // Mid-ranks over the pooled scores; the positives' rank sum gives U.
        var ordered = cases.OrderBy(c => c.Score).ToList();
        double positiveRankSum = 0;
        for (var start = 0; start < ordered.Count;)
        {
            var end = start;
            while (end + 1 < ordered.Count && ordered[end + 1].Score == ordered[start].Score)
            {
                end++;
            }

            var midRank = (start + end) / 2.0 + 1;
            for (var i = start; i <= end; i++)
            {
                positiveRankSum += ordered[i].Outcome ? midRank : 0;
            }

            start = end + 1;
        }

        var u = positiveRankSum - positives * (positives + 1) / 2.0;
        return u / ((double)positives * negatives);
    }

    /// <summary>The ROC curve's points (false-positive rate, true-positive rate) from the strictest threshold to the loosest.</summary>
    public static IReadOnlyList<RocPoint> RocCurve(IReadOnlyList<ScoredOutcome> cases)
    {
        var positives = cases.Count(c => c.Outcome);
        var negatives = cases.Count - positives;
        var points = new List<RocPoint> { new(0, 0) };
        if (positives == 0 || negatives == 0)
        {
            return points;
        }

        int truePositives = 0, falsePositives = 0;
        foreach (var group in cases.GroupBy(c => c.Score).OrderByDescending(g => g.Key))
        {
            truePositives += group.Count(c => c.Outcome);
            falsePositives += group.Count(c => !c.Outcome);
            points.Add(new RocPoint((double)falsePositives / negatives, (double)truePositives / positives));
        }

        return points;
    }
}
