namespace Triage.Reports.Statistics;

/// <summary>
/// Counts of (advised, decided) pairs over ordered categories 0..K-1: rows are what the engine advised, columns
/// what the specialist finally decided.
/// </summary>
public sealed class ConfusionMatrix
{
    private readonly int[,] counts;

    public ConfusionMatrix(int categories) => counts = new int[categories, categories];

    public int Categories => counts.GetLength(0);

    public int Total { get; private set; }

    public int this[int advised, int decided] => counts[advised, decided];

    /// <summary>Rows by advised level, columns by decided level, as JSON carries them.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Counts =>
        Enumerable.Range(0, Categories).Select(i => Enumerable.Range(0, Categories).Select(j => counts[i, j]).ToList()).ToList();

    public void Add(int advised, int decided)
    {
        counts[advised, decided]++;
        Total++;
    }

    /// <summary>Share of cases where the advice was exactly the decision.</summary>
    public Proportion ExactAgreement => new(Enumerable.Range(0, Categories).Sum(i => counts[i, i]), Total);

    /// <summary>The specialist decided a higher level than the engine advised.</summary>
    public Proportion UnderTriage => TriageErrors.Under(AgainstDecisions());

    /// <summary>The specialist decided a lower level than the engine advised.</summary>
    public Proportion OverTriage => TriageErrors.Over(AgainstDecisions());

    /// <summary>Of the cases decided at <paramref name="level"/> or above, the share the engine also put there.</summary>
    public Proportion SensitivityAtOrAbove(int level)
    {
        var decided = Cells().Where(c => c.Decided >= level).ToList();
        return new Proportion(decided.Where(c => c.Advised >= level).Sum(c => c.Count), decided.Sum(c => c.Count));
    }

    /// <summary>
    /// Cohen's weighted kappa (Cohen, Psychol Bull 1968) with linear disagreement weights |i−j|/(K−1): a one-level
    /// miss costs less than a three-level one. Null when every case sits in one category (kappa is undefined).
    /// </summary>
    public double? LinearWeightedKappa()
    {
        if (Total == 0)
        {
            return null;
        }

        var k = Categories;
        var rows = Enumerable.Range(0, k).Select(i => Enumerable.Range(0, k).Sum(j => counts[i, j])).ToArray();
        var columns = Enumerable.Range(0, k).Select(j => Enumerable.Range(0, k).Sum(i => counts[i, j])).ToArray();
        double observed = 0, expected = 0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var weight = Math.Abs(i - j) / (double)(k - 1);
                observed += weight * counts[i, j] / Total;
                expected += weight * rows[i] * (double)columns[j] / ((double)Total * Total);
            }
        }

        return expected == 0 ? null : 1 - observed / expected;
    }

    private List<(int Advised, AcceptableLevels Reference, int Count)> AgainstDecisions() =>
        Cells().Select(c => (c.Advised, AcceptableLevels.Exactly(c.Decided), c.Count)).ToList();

    private IEnumerable<(int Advised, int Decided, int Count)> Cells() =>
        from i in Enumerable.Range(0, Categories) from j in Enumerable.Range(0, Categories) select (i, j, counts[i, j]);
}
