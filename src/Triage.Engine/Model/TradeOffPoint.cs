namespace Triage.Engine.Model;

/// <summary>
/// One point of the model's referral trade-off on its validation visits: at risk ≥ <paramref name="Risk"/>, the share
/// of visits referred and the share of serious outcomes among them caught. A region's referral budget picks its
/// thresholds from these points.
/// </summary>
public sealed record TradeOffPoint(double Risk, double VisitsReferred, double Sensitivity);
