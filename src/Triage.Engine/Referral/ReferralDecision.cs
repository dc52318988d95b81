using Triage.Contracts.V1;

namespace Triage.Engine.Referral;

public sealed record ReferralDecision(ReferralLevel Level, Specialty Specialty);
