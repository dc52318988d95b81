using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.News2;

namespace Triage.Engine.Rules;

/// <summary>
/// Referral floor from NEWS2 (RCP NEWS2 2017, chart 2, clinical response): an aggregate of 7 or more is an
/// emergency; 5–6, or a single parameter scoring 3, needs urgent review.
/// </summary>
public sealed class News2Rules : IRuleSet
{
    public const string High = "NEWS2_HIGH";
    public const string Medium = "NEWS2_MEDIUM";
    public const string RedScore = "NEWS2_RED_SCORE";
    public const string Low = "NEWS2_LOW";
    public const string Incomplete = "NEWS2_INCOMPLETE";
    public const string NotApplicable = "NEWS2_NOT_APPLICABLE";

    public IEnumerable<RuleHit> Evaluate(ClinicalCase clinicalCase, News2Score? news2)
    {
        if (news2 is null)
        {
            yield return new RuleHit(NotApplicable, ReferralLevel.TreatLocally);
            yield break;
        }

        // A parameter not measured scores 0, so an incomplete score can only understate the risk: say so.
        if (news2.MissingParameters.Count > 0)
        {
            yield return new RuleHit(Incomplete, ReferralLevel.TreatLocally, TextArguments: string.Join(", ", news2.MissingParameters));
        }

        yield return news2.ClinicalRisk switch
        {
            ClinicalRisk.High => new RuleHit(High, ReferralLevel.Emergency, IsRedFlag: true, TextArguments: news2.Total),
            ClinicalRisk.Medium => new RuleHit(Medium, ReferralLevel.UrgentReferral, TextArguments: news2.Total),
            ClinicalRisk.LowMedium => new RuleHit(RedScore, ReferralLevel.UrgentReferral, TextArguments: news2.Total),
            _ => new RuleHit(Low, ReferralLevel.TreatLocally, TextArguments: news2.Total),
        };
    }
}
