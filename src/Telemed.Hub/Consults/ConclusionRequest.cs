namespace Telemed.Hub.Consults;

/// <param name="FinalLevel">Proto name: TREAT_LOCALLY, ROUTINE_REFERRAL, URGENT_REFERRAL or EMERGENCY.</param>
/// <param name="Icd10Code">ICD-10 code, e.g. J18.9.</param>
public sealed record ConclusionRequest(string FinalLevel, string Icd10Code, string Diagnosis, string Plan);
