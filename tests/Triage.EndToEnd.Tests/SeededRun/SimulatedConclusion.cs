using Telemed.Hub.Consults;
using Triage.Cohort;
using Triage.Contracts.V1;
using Triage.Engine;
using Triage.Contracts;

namespace Triage.EndToEnd.Tests.SeededRun;

/// <summary>
/// What the scripted specialist concludes for a SIMULATED case, from what the synthetic cohort says became of the
/// patient. A serious outcome (death, ICU admission or emergency transfer within 48 h) is an emergency. Otherwise the
/// hidden diagnosis decides: a time-critical condition still needs hospital the same day, a condition that needs a
/// doctor's follow-up gets a planned referral, and self-limiting illness is treated at the post. The specialist
/// never sees the engine's advice, so the rule cannot agree with it by construction.
/// </summary>
public static class SimulatedConclusion
{
    private static readonly IReadOnlyDictionary<string, (ReferralLevel Level, string Icd10, string Diagnosis)> ByArchetype =
        new Dictionary<string, (ReferralLevel, string, string)>
        {
            ["minor_illness"] = (ReferralLevel.TreatLocally, "J06.9", "Acute upper respiratory infection"),
            ["gastroenteritis_dehydration"] = (ReferralLevel.TreatLocally, "A09", "Gastroenteritis"),
            ["uti_pyelonephritis"] = (ReferralLevel.TreatLocally, "N39.0", "Urinary tract infection"),
            ["pneumonia"] = (ReferralLevel.RoutineReferral, "J18.9", "Pneumonia"),
            ["asthma_copd_exacerbation"] = (ReferralLevel.RoutineReferral, "J44.1", "Exacerbation of asthma or COPD"),
            ["hypoglycaemia"] = (ReferralLevel.RoutineReferral, "E16.2", "Hypoglycaemia"),
            ["trauma"] = (ReferralLevel.RoutineReferral, "T14.9", "Injury"),
            ["sepsis"] = (ReferralLevel.UrgentReferral, "A41.9", "Sepsis"),
            ["acute_coronary_syndrome"] = (ReferralLevel.UrgentReferral, "I24.9", "Acute coronary syndrome"),
            ["stroke"] = (ReferralLevel.UrgentReferral, "I64", "Stroke"),
            ["meningitis"] = (ReferralLevel.UrgentReferral, "G03.9", "Meningitis"),
            ["pre_eclampsia"] = (ReferralLevel.UrgentReferral, "O14.9", "Pre-eclampsia"),
            ["diabetic_ketoacidosis"] = (ReferralLevel.UrgentReferral, "E14.1", "Diabetic ketoacidosis"),
            ["anaphylaxis"] = (ReferralLevel.UrgentReferral, "T78.2", "Anaphylaxis"),
        };

    public static ReferralLevel FinalLevel(LabelledCase truth) =>
        truth.SeriousOutcome ? ReferralLevel.Emergency : ByArchetype[truth.Archetype].Level;

    public static ConclusionRequest For(LabelledCase truth)
    {
        var (_, icd10, diagnosis) = ByArchetype[truth.Archetype];
        return new ConclusionRequest(WireName.Of(FinalLevel(truth)), icd10, $"{diagnosis} (SIMULATED outcome)", "Scripted specialist of the seeded evaluation run.");
    }
}
