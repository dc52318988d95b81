using Triage.Contracts.V1;

namespace Triage.Gateway.Fhir;

/// <summary>WHO ICD-10 categories for the chronic conditions a terminal records (category level: the terminal records no more detail).</summary>
internal static class ChronicConditionCodes
{
    public static (string Code, string Display) Of(ChronicCondition condition) => condition switch
    {
        ChronicCondition.Diabetes => ("E14", "Unspecified diabetes mellitus"),
        ChronicCondition.Hypertension => ("I10", "Essential (primary) hypertension"),
        ChronicCondition.HeartFailure => ("I50", "Heart failure"),
        ChronicCondition.CoronaryHeartDisease => ("I25", "Chronic ischaemic heart disease"),
        ChronicCondition.Copd => ("J44", "Other chronic obstructive pulmonary disease"),
        ChronicCondition.Asthma => ("J45", "Asthma"),
        ChronicCondition.ChronicKidneyDisease => ("N18", "Chronic kidney disease"),
        ChronicCondition.CerebralPalsy => ("G80", "Cerebral palsy"),
        ChronicCondition.Epilepsy => ("G40", "Epilepsy"),
        ChronicCondition.Anaemia => ("D64.9", "Anaemia, unspecified"),
        ChronicCondition.Glaucoma => ("H40", "Glaucoma"),
        ChronicCondition.Parkinsons => ("G20", "Parkinson disease"),
        ChronicCondition.Tuberculosis => ("A16", "Respiratory tuberculosis, not confirmed bacteriologically or histologically"),
        ChronicCondition.Hiv => ("B24", "Unspecified human immunodeficiency virus [HIV] disease"),
        ChronicCondition.Cancer => ("C80", "Malignant neoplasm without specification of site"),
        ChronicCondition.PreviousStroke => ("I69", "Sequelae of cerebrovascular disease"),
        ChronicCondition.Immunosuppression => ("D84.9", "Immunodeficiency, unspecified"),
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, "Not a recordable chronic condition."),
    };
}
