using Triage.Engine.Cases;

namespace Triage.Training.Evaluation;

/// <summary>The age groups every figure is broken down by: children (under 16, where NEWS2 does not apply), adults, older adults.</summary>
public enum AgeGroup
{
    Child,
    Adult,
    Over65,
}

public static class AgeGroups
{
    public static AgeGroup Of(double? ageYears) => ageYears switch
    {
        < PatientInfo.AdultAgeYears => AgeGroup.Child,
        >= 65 => AgeGroup.Over65,
        _ => AgeGroup.Adult,
    };

    public static string Label(AgeGroup group) => group switch
    {
        AgeGroup.Child => "children (< 16)",
        AgeGroup.Adult => "adults (16–64)",
        _ => "65 and over",
    };
}
