namespace Triage.Training.Training;

/// <summary>
/// Train (about 60 %), validation (20 %: calibration and the trade-off curve) and test (20 %: every reported figure).
/// Whole sites go to one part, so the test visits come from hospitals the model never saw; synthetic rows are each
/// their own site, which makes their split a plain random one.
/// </summary>
public sealed record DataSplit(IReadOnlyList<LabelledVisit> Train, IReadOnlyList<LabelledVisit> Validation, IReadOnlyList<LabelledVisit> Test)
{
    public static DataSplit Of(SplitKind kind, IReadOnlyList<LabelledVisit> visits, int seed) =>
        kind == SplitKind.Random ? Random(visits, seed) : BySite(visits, seed);

    /// <summary>Split by site: sites shuffled by seed, then filled into the parts in order until each has its share of visits.</summary>
    public static DataSplit BySite(IReadOnlyList<LabelledVisit> visits, int seed)
    {
        var sites = visits.GroupBy(v => v.Site).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToList()).ToArray();
        new Random(seed).Shuffle(sites);
        var (train, validation, test) = (new List<LabelledVisit>(), new List<LabelledVisit>(), new List<LabelledVisit>());
        foreach (var site in sites)
        {
            var part = train.Count < visits.Count * 0.6 ? train : validation.Count < visits.Count * 0.2 ? validation : test;
            part.AddRange(site);
        }

        return new DataSplit(train, validation, test);
    }

    /// <summary>
    /// Cross-validation by site: sites shuffled by seed go to the fold with the fewest visits so far, so each site is
    /// tested exactly once. Each fold's remaining sites give train (three quarters of their visits) and validation.
    /// </summary>
    public static IReadOnlyList<DataSplit> SiteFolds(IReadOnlyList<LabelledVisit> visits, int folds, int seed)
    {
        var sites = visits.GroupBy(v => v.Site).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToList()).ToArray();
        new Random(seed).Shuffle(sites);
        var assigned = Enumerable.Range(0, folds).Select(_ => new List<List<LabelledVisit>>()).ToArray();
        foreach (var site in sites)
        {
            assigned.MinBy(f => f.Sum(s => s.Count))!.Add(site);
        }

        return assigned.Select(test =>
        {
            var rest = assigned.Where(f => f != test).SelectMany(f => f).ToList();
            var (train, validation) = (new List<LabelledVisit>(), new List<LabelledVisit>());
            var restVisits = rest.Sum(s => s.Count);
            foreach (var site in rest)
            {
                (train.Count < restVisits * 0.75 ? train : validation).AddRange(site);
            }

            return new DataSplit(train, validation, test.SelectMany(s => s).ToList());
        }).ToList();
    }

    /// <summary>Split visit by visit, ignoring sites: the figure a random split gives, to set beside the by-site one.</summary>
    public static DataSplit Random(IReadOnlyList<LabelledVisit> visits, int seed)
    {
        var order = Enumerable.Range(0, visits.Count).ToArray();
        new Random(seed).Shuffle(order);
        var trainEnd = visits.Count * 6 / 10;
        var validationEnd = visits.Count * 8 / 10;
        List<LabelledVisit> Take(int from, int to) => order[from..to].Select(i => visits[i]).ToList();
        return new DataSplit(Take(0, trainEnd), Take(trainEnd, validationEnd), Take(validationEnd, visits.Count));
    }
}
