using Triage.Engine.Cases;
using Triage.Engine.News2;
using Triage.Engine.Referral;

namespace Triage.Engine.Rules;

/// <summary>Runs a table of rules over a case; each rule that applies to the patient's group and fires becomes a hit at the policy's level.</summary>
public sealed class RuleTable(IReadOnlyList<ClinicalRule> rules, ReferralPolicy policy) : IRuleSet
{
    public IEnumerable<RuleHit> Evaluate(ClinicalCase clinicalCase, News2Score? news2)
    {
        var context = new RuleContext(clinicalCase, news2);
        foreach (var rule in rules.Where(r => r.AppliesTo.Includes(clinicalCase.Group) && r.When(context)))
        {
            var setting = policy.SettingFor(rule.Code);
            yield return new RuleHit(rule.Code, setting.Level, setting.Specialty, rule.IsRedFlag, rule.Quote?.Invoke(context) ?? []);
        }
    }
}
