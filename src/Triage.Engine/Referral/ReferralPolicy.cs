using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Coverage;
using Triage.Engine.Rules;

namespace Triage.Engine.Referral;

/// <summary>
/// Turns rule hits into one decision. The level is the highest any hit sets: a rule is a floor and is never
/// out-voted. The specialty is that of the hits at that level, the earliest in <see cref="SpecialtyOrder"/> when
/// they disagree; when none of them names one, the patient group's generalist. Loaded from policy data
/// (<see cref="ReferralPolicyLoader"/>) so a region can tune levels and specialties without a rebuild.
/// </summary>
public sealed class ReferralPolicy(
    IReadOnlyDictionary<string, RuleSetting> rules,
    IReadOnlyList<Specialty> specialtyOrder,
    CoveragePolicy coverage,
    ReferralBudget? budget = null)
{
    /// <summary>How many visits the model may refer at each level; null keeps the thresholds its manifest ships with.</summary>
    public ReferralBudget? Budget { get; } = budget;

    public IReadOnlyDictionary<string, RuleSetting> Rules { get; } = rules;

    /// <summary>Which specialty takes the patient when hits at the top level name different ones; earlier wins.</summary>
    public IReadOnlyList<Specialty> SpecialtyOrder { get; } = specialtyOrder;

    private readonly Dictionary<Specialty, int> ranks = specialtyOrder.Distinct().Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);

    public CoveragePolicy Coverage { get; } = coverage;

    public RuleSetting SettingFor(string code) =>
        Rules.TryGetValue(code, out var setting)
            ? setting
            : throw new KeyNotFoundException($"The referral policy has no entry for rule {code}.");

    public ReferralDecision Decide(ClinicalCase clinicalCase, IReadOnlyList<RuleHit> hits)
    {
        var level = hits.Select(h => h.Level).Append(ReferralLevel.TreatLocally).Max();
        var specialty = hits
            .Where(h => h.Level == level && h.Specialty != Specialty.Unspecified)
            .Select(h => h.Specialty)
            .OrderBy(RankOf)
            .FirstOrDefault(GeneralistFor(clinicalCase.Group));
        return new ReferralDecision(level, specialty);
    }

    public static Specialty GeneralistFor(PatientGroup group) => group switch
    {
        PatientGroup.Child => Specialty.Paediatrics,
        PatientGroup.Pregnant => Specialty.Obstetrics,
        _ => Specialty.InternalMedicine,
    };

    private int RankOf(Specialty specialty) => ranks.GetValueOrDefault(specialty, int.MaxValue);
}
