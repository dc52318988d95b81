using Triage.Contracts.V1;

namespace Triage.Engine.Referral;

/// <summary>What the policy makes of one rule code: the floor it sets and the specialty to call (Unspecified: the patient group's generalist).</summary>
public sealed record RuleSetting(ReferralLevel Level, Specialty Specialty);
