using Triage.Contracts.V1;

namespace Triage.Cohort;

/// <summary>Who the generator has drawn before deciding what brought them in.</summary>
internal sealed record DraftPatient(double Age, Sex Sex, bool Pregnant, int? GestationWeeks, HashSet<ChronicCondition> Conditions)
{
    public bool IsChild => Age < 16;

    public bool Has(ChronicCondition condition) => Conditions.Contains(condition);
}
