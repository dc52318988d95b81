using Triage.Contracts.V1;

namespace Triage.Engine.Rules;

/// <summary>
/// Long-term conditions that turn a common complaint into a same-day problem, at any age and in pregnancy.
/// Each rule names the guideline that says so.
/// </summary>
public static class ChronicConditionRules
{
    public static readonly IReadOnlyList<ClinicalRule> Table =
    [
        new("CHRONIC_DIABETES_VOMITING", PatientGroups.All,
            "Diabetes with vomiting (ketoacidosis risk; insulin cannot be managed at home)",
            "JBDS-IP diabetic ketoacidosis guideline; ISPAD Clinical Practice Consensus Guidelines 2022 (sick-day management)",
            c => c.Case.Has(ChronicCondition.Diabetes) && c.HasAny(Symptom.Vomiting, Symptom.VomitingEverything)),
        new("CHRONIC_HEART_FAILURE_BREATHLESS", PatientGroups.All,
            "Heart failure with breathlessness (decompensation)",
            "ESC Guidelines for heart failure (McDonagh et al., Eur Heart J 2021); NICE NG106 (2018)",
            c => c.Case.Has(ChronicCondition.HeartFailure) && c.Has(Symptom.ShortnessOfBreath)),
        new("CHRONIC_LUNG_DISEASE_BREATHLESS", PatientGroups.All,
            "COPD or asthma with breathlessness (exacerbation)",
            "GOLD report (exacerbations); BTS/SIGN 158 British guideline on the management of asthma (2019)",
            c => c.HasAny(ChronicCondition.Copd, ChronicCondition.Asthma) && c.Has(Symptom.ShortnessOfBreath)),
        new("CHRONIC_KIDNEY_DISEASE_ACUTE_ILLNESS", PatientGroups.All,
            "Chronic kidney disease with vomiting, diarrhoea or fever (acute kidney injury risk)",
            "NICE NG148 acute kidney injury (2019)",
            c => c.Case.Has(ChronicCondition.ChronicKidneyDisease) && (c.HasAny(Symptom.Vomiting, Symptom.VomitingEverything, Symptom.Diarrhoea) || c.Fever)),
        new("CHRONIC_IMMUNOSUPPRESSED_FEVER", PatientGroups.All,
            "Immunosuppression or HIV with fever (neutropenic or opportunistic sepsis)",
            "NICE CG151 neutropenic sepsis (2012)",
            c => c.HasAny(ChronicCondition.Immunosuppression, ChronicCondition.Hiv) && c.Fever),
    ];
}
