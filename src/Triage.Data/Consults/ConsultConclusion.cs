namespace Triage.Data.Consults;

/// <param name="FinalLevel">The proto ReferralLevel number the specialist decided on.</param>
public sealed record ConsultConclusion(int FinalLevel, string Icd10Code, string Diagnosis, string Plan);
