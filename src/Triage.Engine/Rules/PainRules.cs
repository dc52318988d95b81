using Triage.Engine.Cases;

namespace Triage.Engine.Rules;

/// <summary>
/// Pain as a triage discriminator. Severe pain, 7–10 on a 0–10 scale, is "very urgent" in the South African Triage
/// Scale (SATS training manual 2012, orange discriminator "pain: severe") and in the Manchester Triage System (3rd
/// ed., 2014, "severe pain"): in an emergency department it needs a clinician soon. At a health post the feldsher is
/// that clinician, so the shipped policy plans the doctor's visit (ROUTINE_REFERRAL) rather than calling a specialist
/// the same day: on real ED visits a same-day level for pain alone sent half of all visits URGENT+ (docs/decisions.md).
/// Moderate pain (4–6) is left to the other rules. Children's scores count the same: the Faces Pain Scale – Revised (Hicks et al., Pain 2001)
/// and the FLACC behavioural scale (Merkel et al., Pediatric Nursing 1997) are both scored 0–10, with 7–10 severe.
/// </summary>
public static class PainRules
{
    public static readonly IReadOnlyList<ClinicalRule> Table =
    [
        new("PAIN_SEVERE", PatientGroups.All,
            $"Pain {VitalSigns.SeverePainFrom}–10 on any 0–10 scale (numeric, faces or behavioural)",
            "SATS training manual (2012), severe pain; Manchester Triage System 3rd ed. (2014)",
            c => c.Vitals.SeverePain, c => [c.Vitals.PainScore!.Value]),
    ];
}
