using Triage.Cohort;
using Triage.Contracts.V1;
using Triage.Engine;
using Triage.Engine.Model;
using Triage.Engine.News2;
using Triage.Training.Evaluation;

namespace Triage.Training.Tests;

public sealed class HybridDecisionTests
{
    [Fact]
    public void ModelNeverLowersARedFlag()
    {
        using var model = OnnxRiskModel.LoadShipped();
        var engine = TriageEngine.CreateDefault();
        var redFlagged = new CohortGenerator(77).Generate(20_000)
            .Select(c => (c.Case, Rules: engine.Assess(c.Case)))
            .Where(x => x.Rules.RedFlags.Count > 0)
            .ToList();
        Assert.NotEmpty(redFlagged);

        foreach (var (clinicalCase, rules) in redFlagged)
        {
            var modelLevel = model.Score(clinicalCase, NewsOf(clinicalCase)).Level;
            Assert.True(HybridDecision.Level(rules.Level, modelLevel) >= rules.Level);
        }

        // Including the cases where the model alone would have sent the patient lower than the rules did.
        Assert.Contains(redFlagged, x => model.Score(x.Case, NewsOf(x.Case)).Level < x.Rules.Level);
    }

    [Theory]
    [InlineData(ReferralLevel.Emergency, ReferralLevel.TreatLocally, ReferralLevel.Emergency)]
    [InlineData(ReferralLevel.UrgentReferral, ReferralLevel.RoutineReferral, ReferralLevel.UrgentReferral)]
    [InlineData(ReferralLevel.TreatLocally, ReferralLevel.UrgentReferral, ReferralLevel.UrgentReferral)]
    public void FinalLevelIsTheHigherOfRuleFloorAndModel(ReferralLevel rules, ReferralLevel model, ReferralLevel expected) =>
        Assert.Equal(expected, HybridDecision.Level(rules, model));

    private static News2Score? NewsOf(Engine.Cases.ClinicalCase clinicalCase) => News2Calculator.Score(clinicalCase);
}
