using Triage.Contracts.V1;

namespace Triage.Engine.Cases;

public sealed record PatientInfo(
    double? AgeYears,
    Sex Sex,
    bool Pregnant,
    int? GestationWeeks,
    InsuranceStatus Insurance,
    SocialCategory SocialCategory)
{
    /// <summary>NEWS2 is validated for adults of 16 or more (RCP NEWS2 2017, "Scope"); children are assessed with paediatric rules.</summary>
    public const double AdultAgeYears = 16;

    /// <summary>Pregnancy takes precedence: NEWS2 is not validated in pregnancy, whatever the age.</summary>
    public PatientGroup Group => Pregnant ? PatientGroup.Pregnant
        : AgeYears is < AdultAgeYears ? PatientGroup.Child
        : PatientGroup.Adult;
}
