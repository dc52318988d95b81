using Triage.Engine.Cases;
using Triage.Engine.News2;

namespace Triage.Engine.Rules;

/// <summary>A family of clinical rules; pure: the same case always gives the same hits.</summary>
public interface IRuleSet
{
    IEnumerable<RuleHit> Evaluate(ClinicalCase clinicalCase, News2Score? news2);
}
