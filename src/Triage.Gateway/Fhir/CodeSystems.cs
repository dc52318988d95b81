namespace Triage.Gateway.Fhir;

/// <summary>The code system URIs the bundle uses, as FHIR R4 names them.</summary>
internal static class CodeSystems
{
    public const string Loinc = "http://loinc.org";
    public const string Ucum = "http://unitsofmeasure.org";
    public const string Snomed = "http://snomed.info/sct";
    public const string Icd10 = "http://hl7.org/fhir/sid/icd-10";
    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";
    public const string ConditionClinical = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    public const string ConditionCategory = "http://terminology.hl7.org/CodeSystem/condition-category";
    public const string ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public const string RiskProbability = "http://terminology.hl7.org/CodeSystem/risk-probability";

    /// <summary>Our own systems, for what has no standard code: clinic ids, specialist ids, referral levels, specialties.</summary>
    public const string Clinic = "urn:triage:clinic";
    public const string Specialist = "urn:triage:specialist";
    public const string ReferralLevel = "urn:triage:referral-level";
    public const string Specialty = "urn:triage:specialty";
    public const string RiskModel = "urn:triage:risk-model";
}
