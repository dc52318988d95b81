namespace Triage.Reports.Statistics;

/// <summary>
/// Under- and over-triage, defined once for every report and evaluation: a case is under-triaged when the advice is
/// below the lowest level its reference accepts and over-triaged when it is above the highest; both are shares of all
/// cases. Levels are ordered categories (see <c>LevelIndex</c>); what a reference accepts is in <see cref="AcceptableLevels"/>.
/// </summary>
public static class TriageErrors
{
    public static Proportion Under(IReadOnlyCollection<(int Advised, AcceptableLevels Reference, int Count)> cases) =>
        new(cases.Where(c => c.Advised < c.Reference.Lowest).Sum(c => c.Count), cases.Sum(c => c.Count));

    public static Proportion Over(IReadOnlyCollection<(int Advised, AcceptableLevels Reference, int Count)> cases) =>
        new(cases.Where(c => c.Advised > c.Reference.Highest).Sum(c => c.Count), cases.Sum(c => c.Count));
}
