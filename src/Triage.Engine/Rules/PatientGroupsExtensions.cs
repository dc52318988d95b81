using Triage.Engine.Cases;

namespace Triage.Engine.Rules;

public static class PatientGroupsExtensions
{
    public static bool Includes(this PatientGroups groups, PatientGroup group) => group switch
    {
        PatientGroup.Child => groups.HasFlag(PatientGroups.Child),
        PatientGroup.Pregnant => groups.HasFlag(PatientGroups.Pregnant),
        _ => groups.HasFlag(PatientGroups.Adult),
    };
}
