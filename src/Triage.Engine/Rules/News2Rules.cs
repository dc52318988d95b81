using Triage.Contracts.V1;
using Triage.Engine.Localization;

namespace Triage.Engine.Rules;

/// <summary>
/// Referral floor from NEWS2 for non-pregnant adults (RCP NEWS2 2017, chart 2, clinical response): an aggregate
/// of 7 or more is an emergency; 5–6, or a single parameter scoring 3, needs urgent review.
/// </summary>
public static class News2Rules
{
    public const string High = "NEWS2_HIGH";
    public const string Medium = "NEWS2_MEDIUM";
    public const string RedScore = "NEWS2_RED_SCORE";
    public const string Low = "NEWS2_LOW";
    public const string Incomplete = "NEWS2_INCOMPLETE";
    public const string NotApplicable = "NEWS2_NOT_APPLICABLE";

    private const string Source = "RCP NEWS2 2017";

    public static readonly IReadOnlyList<ClinicalRule> Table =
    [
        new(NotApplicable, PatientGroups.Child | PatientGroups.Pregnant, "Child under 16 or pregnant: NEWS2 is not validated and not scored",
            "RCP NEWS2 2017, scope", _ => true, IsRedFlag: false),

        // A parameter not measured scores 0, so an incomplete score can only understate the risk: say so.
        new(Incomplete, PatientGroups.Adult, "A NEWS2 parameter was not measured", Source,
            c => c.News2!.MissingParameters.Count > 0, c => [new VitalNames(c.News2!.MissingParameters)], IsRedFlag: false),

        new(High, PatientGroups.Adult, "NEWS2 aggregate 7 or more", Source,
            c => c.News2!.ClinicalRisk == ClinicalRisk.High, Total),
        new(Medium, PatientGroups.Adult, "NEWS2 aggregate 5–6", Source,
            c => c.News2!.ClinicalRisk == ClinicalRisk.Medium, Total, IsRedFlag: false),
        new(RedScore, PatientGroups.Adult, "NEWS2 aggregate below 5 with a single parameter scoring 3", Source,
            c => c.News2!.ClinicalRisk == ClinicalRisk.LowMedium, Total, IsRedFlag: false),
        new(Low, PatientGroups.Adult, "NEWS2 aggregate 0–4 with no parameter scoring 3", Source,
            c => c.News2!.ClinicalRisk == ClinicalRisk.Low, Total, IsRedFlag: false),
    ];

    private static object[] Total(RuleContext context) => [context.News2!.Total];
}
