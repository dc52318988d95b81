namespace Triage.Engine.Rules;

/// <summary>Every rule table the engine runs, in the order their reasons are listed.</summary>
public static class ClinicalRules
{
    public static readonly IReadOnlyList<IReadOnlyList<ClinicalRule>> Tables =
    [
        News2Rules.Table,
        CriticalVitalRules.Table,
        RedFlagRules.Table,
        PresentationRules.Table,
        PainRules.Table,
        AdultBloodPressureRules.Table,
        PaediatricRules.Table,
        ObstetricRules.Table,
        ChronicConditionRules.Table,
    ];

    public static IEnumerable<ClinicalRule> All => Tables.SelectMany(t => t);
}
