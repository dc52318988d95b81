using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Rules;

namespace Triage.Engine.Referral;

/// <summary>
/// Combines rule hits into one decision: the highest level any rule sets, and the specialty named by the
/// most urgent hit that names one (the first such hit on a tie), else the patient group's generalist.
/// </summary>
public static class ReferralPolicy
{
    public static ReferralDecision Decide(ClinicalCase clinicalCase, IReadOnlyList<RuleHit> hits)
    {
        var level = hits.Count == 0 ? ReferralLevel.TreatLocally : hits.Max(h => h.Level);
        if (level < ReferralLevel.TreatLocally)
        {
            level = ReferralLevel.TreatLocally;
        }

        var specialty = hits
            .Where(h => h.Specialty != Specialty.Unspecified)
            .OrderByDescending(h => h.Level)
            .Select(h => h.Specialty)
            .FirstOrDefault(GeneralistFor(clinicalCase.Group));
        return new ReferralDecision(level, specialty);
    }

    public static Specialty GeneralistFor(PatientGroup group) => group switch
    {
        PatientGroup.Child => Specialty.Paediatrics,
        PatientGroup.Pregnant => Specialty.Obstetrics,
        _ => Specialty.InternalMedicine,
    };
}
