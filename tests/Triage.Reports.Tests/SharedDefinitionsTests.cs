using Triage.Contracts.V1;
using Triage.Reports.Cases;
using Triage.Reports.Statistics;

namespace Triage.Reports.Tests;

/// <summary>The definitions the reports and the model's evaluation share, on cases worked out by hand.</summary>
public sealed class SharedDefinitionsTests
{
    [Fact]
    public void Against_a_specialists_decision_only_the_decided_level_is_right()
    {
        // Advised URGENT (2): decided EMERGENCY is under-triage, ROUTINE over-triage, URGENT neither.
        var cases = new List<(int, AcceptableLevels, int)> { (2, AcceptableLevels.Exactly(3), 1), (2, AcceptableLevels.Exactly(1), 3), (2, AcceptableLevels.Exactly(2), 6) };

        Assert.Equal(new Proportion(1, 10), TriageErrors.Under(cases));
        Assert.Equal(new Proportion(3, 10), TriageErrors.Over(cases));
    }

    [Fact]
    public void Against_an_outcome_a_serious_one_needed_urgent_and_a_mild_one_is_right_at_home_or_routine()
    {
        var cases = new List<(int, AcceptableLevels, int)>
        {
            (1, AcceptableLevels.ForOutcome(serious: true), 1),   // died after a ROUTINE referral: under-triaged
            (2, AcceptableLevels.ForOutcome(serious: true), 1),   // URGENT: right
            (0, AcceptableLevels.ForOutcome(serious: false), 5),  // treated locally, went home: right
            (1, AcceptableLevels.ForOutcome(serious: false), 1),  // ROUTINE, went home: right
            (3, AcceptableLevels.ForOutcome(serious: false), 2),  // EMERGENCY, went home: over-triaged
        };

        Assert.Equal(new Proportion(1, 10), TriageErrors.Under(cases));
        Assert.Equal(new Proportion(2, 10), TriageErrors.Over(cases));
    }

    [Fact]
    public void The_combined_score_orders_by_level_first_even_at_the_highest_risk()
    {
        Assert.True(LevelIndex.RankingScore(ReferralLevel.RoutineReferral, 1.0) < LevelIndex.RankingScore(ReferralLevel.UrgentReferral, 0.0));
        Assert.True(LevelIndex.RankingScore(ReferralLevel.UrgentReferral, 0.3) > LevelIndex.RankingScore(ReferralLevel.UrgentReferral, 0.2));
        Assert.Equal(LevelIndex.RankingScore(ReferralLevel.TreatLocally, 0), LevelIndex.RankingScore(ReferralLevel.TreatLocally, null));
    }

    [Fact]
    public void The_fast_auroc_bootstrap_matches_resampling_the_cases()
    {
        var random = new Random(3);
        var cases = Enumerable.Range(0, 400).Select(_ =>
        {
            var serious = random.NextDouble() < 0.2;
            return new ScoredOutcome(Math.Round(random.NextDouble() + (serious ? 0.4 : 0), 1), serious);
        }).ToList();

        var fast = AurocBootstrap.Interval95(cases, seed: 5)!;
        var plain = Bootstrap.Interval95(cases, Discrimination.Auroc, seed: 5)!;

        // Both draw the same resamples (the same seeded indices), so the intervals agree up to how the weights are summed.
        Assert.Equal(plain.Lower, fast.Lower, 9);
        Assert.Equal(plain.Upper, fast.Upper, 9);
        Assert.True(fast.Contains(Discrimination.Auroc(cases)!.Value));
    }

    [Fact]
    public void No_interval_without_both_classes() =>
        Assert.Null(AurocBootstrap.Interval95([new ScoredOutcome(0.2, false), new ScoredOutcome(0.4, false)], seed: 1));
}
