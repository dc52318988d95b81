namespace Triage.Training.Evaluation;

/// <summary>One operating point: referrals per 100 visits and the share of serious outcomes among them.</summary>
public sealed record ReferralTradeOffPoint(string Name, double ReferralsPer100, double Sensitivity);
