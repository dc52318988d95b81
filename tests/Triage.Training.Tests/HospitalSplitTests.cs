using Triage.Training.Evaluation;
using Triage.Training.Nhamcs;
using Triage.Training.Training;

namespace Triage.Training.Tests;

/// <summary>Held-out figures are only honest if no hospital is both trained and tested on.</summary>
public sealed class HospitalSplitTests
{
    private static readonly Lazy<List<LabelledVisit>> Visits = new(() => NhamcsSource.Load(NhamcsFile.ShippedFolder).Visits);

    [Fact]
    public void The_shipped_split_tests_on_hospitals_the_model_never_saw()
    {
        var split = DataSplit.BySite(Visits.Value, 20260401);
        var seen = split.Train.Concat(split.Validation).Select(v => v.Site).ToHashSet();

        Assert.DoesNotContain(split.Test, v => seen.Contains(v.Site));
        Assert.InRange(split.Test.Count, 0.15 * Visits.Value.Count, 0.25 * Visits.Value.Count);
    }

    [Fact]
    public void Cross_validation_tests_every_hospital_exactly_once_and_never_trains_on_it()
    {
        var folds = DataSplit.SiteFolds(Visits.Value, 4, 7);

        Assert.Equal(Visits.Value.Count, folds.Sum(f => f.Test.Count));
        Assert.Equal(350, folds.SelectMany(f => f.Test.Select(v => v.Site).Distinct()).Count());
        Assert.All(folds, f =>
        {
            var tested = f.Test.Select(v => v.Site).ToHashSet();
            Assert.DoesNotContain(f.Train.Concat(f.Validation), v => tested.Contains(v.Site));
            Assert.Equal(Visits.Value.Count, f.Train.Count + f.Validation.Count + f.Test.Count);
            Assert.InRange(f.Test.Count, 0.2 * Visits.Value.Count, 0.3 * Visits.Value.Count);
        });
    }

    [Fact]
    public void On_hospitals_it_never_saw_the_model_ranks_serious_outcomes_above_the_nurses_and_news2()
    {
        var folds = HospitalCrossValidation.Run(Visits.Value, TrainingSettings.Default with { Trees = 60 }, 2, 11);

        Assert.All(folds, f =>
        {
            Assert.True(f.Model > f.Nurses, $"fold {f.Fold}: model {f.Model:F3}, nurses {f.Nurses:F3}");
            Assert.True(f.ModelAdults > f.News2Adults, $"fold {f.Fold}: model {f.ModelAdults:F3}, NEWS2 {f.News2Adults:F3} on adults");
        });
    }
}
