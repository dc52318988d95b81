using Triage.Cohort;

namespace Triage.Training.Training;

/// <summary>Train (60 %), validation (20 %: calibration and thresholds) and test (20 %: every reported figure), shuffled by seed.</summary>
public sealed record DataSplit(IReadOnlyList<LabelledCase> Train, IReadOnlyList<LabelledCase> Validation, IReadOnlyList<LabelledCase> Test)
{
    public static DataSplit Of(IReadOnlyList<LabelledCase> cases, int seed)
    {
        var order = Enumerable.Range(0, cases.Count).ToArray();
        new Random(seed).Shuffle(order);
        var trainEnd = cases.Count * 6 / 10;
        var validationEnd = cases.Count * 8 / 10;
        List<LabelledCase> Take(int from, int to) => order[from..to].Select(i => cases[i]).ToList();
        return new DataSplit(Take(0, trainEnd), Take(trainEnd, validationEnd), Take(validationEnd, cases.Count));
    }
}
