namespace Triage.Training.Evaluation;

/// <summary>
/// Referrals per 100 visits against the share of serious outcomes caught, for the model's risk alone at a range of
/// budgets, and the operating points actually served (nurses, rules, hybrid at URGENT_REFERRAL or above).
/// </summary>
public sealed record ReferralTradeOff(IReadOnlyList<ReferralTradeOffPoint> ModelCurve, IReadOnlyList<ReferralTradeOffPoint> OperatingPoints)
{
    public static readonly double[] Budgets = [1, 2, 4, 6, 8, 10, 15, 20, 30];

    public static ReferralTradeOff Of(IReadOnlyList<ScoredCase> scored)
    {
        var positives = Math.Max(1, scored.Count(s => s.Serious));
        var byRisk = scored.OrderByDescending(s => s.Risk).ToList();
        var curve = Budgets.Select(percent =>
        {
            var referred = byRisk.Take((int)Math.Round(percent / 100 * byRisk.Count)).ToList();
            return new ReferralTradeOffPoint($"model, top {percent} %", 100.0 * referred.Count / scored.Count, (double)referred.Count(s => s.Serious) / positives);
        }).ToList();

        ReferralTradeOffPoint Point(string name, IReadOnlyList<ScoredCase> cases, Func<ScoredCase, bool> referred) =>
            new(name, 100.0 * cases.Count(referred) / cases.Count, (double)cases.Count(s => s.Serious && referred(s)) / Math.Max(1, cases.Count(s => s.Serious)));

        var points = new List<ReferralTradeOffPoint>();
        var triaged = scored.Where(s => s.NurseLevel is not null).ToList();
        if (triaged.Count > 0)
        {
            points.Add(Point("triage nurses, immediacy 1–2", triaged, s => s.NurseLevel >= Contracts.V1.ReferralLevel.UrgentReferral));
        }

        points.Add(Point("rules alone, URGENT+", scored, s => s.RuleLevel >= Contracts.V1.ReferralLevel.UrgentReferral));
        points.Add(Point("model alone under the budget, URGENT+", scored, s => s.ModelLevel >= Contracts.V1.ReferralLevel.UrgentReferral));
        points.Add(Point("hybrid (engine), URGENT+", scored, s => s.HybridLevel >= Contracts.V1.ReferralLevel.UrgentReferral));
        return new ReferralTradeOff(curve, points);
    }
}
