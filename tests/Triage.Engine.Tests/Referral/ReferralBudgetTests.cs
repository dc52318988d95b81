using System.Text.Json.Nodes;
using Triage.Contracts.V1;
using Triage.Engine.Model;
using Triage.Engine.Referral;
using Triage.Engine.Tests.Clinical;

namespace Triage.Engine.Tests.Referral;

/// <summary>A region sets how many visits the model may refer; the thresholds follow from the model's own trade-off curve.</summary>
public sealed class ReferralBudgetTests
{
    private static readonly TradeOffPoint[] Curve =
    [
        new(0.30, 0.005, 0.20), new(0.17, 0.015, 0.30), new(0.08, 0.04, 0.42), new(0.045, 0.06, 0.50),
        new(0.02, 0.12, 0.64), new(0.0145, 0.20, 0.75), new(0.005, 0.50, 0.93),
    ];

    [Fact]
    public void Each_level_gets_the_lowest_risk_at_which_the_budgeted_share_is_not_exceeded()
    {
        var thresholds = new ReferralBudget(20, 6, 1.5).ThresholdsFrom(Curve);

        Assert.Equal(new LevelThresholds(0.0145, 0.045, 0.17), thresholds);
    }

    [Fact]
    public void A_tighter_budget_refers_fewer_visits_from_the_shipped_model()
    {
        using var shipped = OnnxRiskModel.LoadShipped();
        var tight = EngineWithBudget(shipped, urgentPercent: 2, emergencyPercent: 1);
        var usual = TriageEngine.CreateDefault(model: shipped);
        // A frail 90-year-old whose vital signs stay inside every rule's limits: only the model can refer her.
        var frail = CaseBuilder.Adult(90).With(Symptom.Fatigue).WithCondition(ChronicCondition.HeartFailure, ChronicCondition.ChronicKidneyDisease)
            .WithVitals(_ => new Cases.VitalSigns(18, 95, false, false, 130, 80, 95, 37.0, Consciousness.Alert)).Build();

        Assert.True(tight.ModelThresholds!.UrgentReferral > usual.ModelThresholds!.UrgentReferral);
        Assert.Equal(ReferralLevel.TreatLocally, usual.Assess(frail).RuleLevel);
        Assert.True(tight.Assess(frail).Level < usual.Assess(frail).Level, "the tighter budget should keep her at a lower level");
    }

    private static TriageEngine EngineWithBudget(OnnxRiskModel model, double urgentPercent, double emergencyPercent)
    {
        using var stream = typeof(ReferralPolicyLoader).Assembly.GetManifestResourceStream(ReferralPolicyLoader.ShippedResourceName)!;
        var json = JsonNode.Parse(stream)!;
        json["referralBudget"]!["urgentReferralPercent"] = urgentPercent;
        json["referralBudget"]!["emergencyPercent"] = emergencyPercent;
        var file = Path.Combine(Path.GetTempPath(), $"policy-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, json.ToJsonString());
        try
        {
            return TriageEngine.CreateDefault(file, model);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
