using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.News2;
using Triage.Engine.Rules;
using Triage.Engine.Wire;

namespace Triage.Terminal.App.Entry;

/// <summary>
/// The score of each vital sign as the form is filled in, by the engine's own charts: NEWS2 parameter scores for an
/// adult, the engine's paediatric rules for a child, and for a pregnant woman no NEWS2 at all (the obstetric rules apply).
/// </summary>
public static class VitalScores
{
    /// <summary>
    /// For a child, each measured vital is outside its band (shown as the chart's red, 3) when one of the engine's own
    /// paediatric rules that read it fires on the draft, and inside (0) otherwise, so the form colours what the
    /// assessment will flag: breathing and pulse by age centile, SpO2, PALS hypotension, fever or cold by age.
    /// </summary>
    private static readonly (string Field, Func<VitalSigns, bool> Measured, string[] Rules)[] ChildFields =
    [
        (VitalSignCatalogue.RespiratoryRate.Path, v => v.RespiratoryRate is not null, ["PAED_FAST_BREATHING", "PAED_SLOW_BREATHING"]),
        (VitalSignCatalogue.Spo2Percent.Path, v => v.Spo2Percent is not null, ["PAED_HYPOXAEMIA"]),
        (VitalSignCatalogue.SystolicBp.Path, v => v.SystolicBp is not null, ["PAED_HYPOTENSION"]),
        (VitalSignCatalogue.HeartRate.Path, v => v.HeartRate is not null, ["PAED_HEART_RATE_ABNORMAL"]),
        (VitalSignCatalogue.TemperatureC.Path, v => v.TemperatureC is not null, ["PAED_FEVER_YOUNG_INFANT", "PAED_HIGH_FEVER_INFANT", "PAED_HYPOTHERMIA"]),
    ];

    public static object For(CaseReport draft)
    {
        var clinicalCase = draft.ToClinicalCase();
        return clinicalCase.Group switch
        {
            PatientGroup.Adult => Adult(News2Calculator.Score(clinicalCase.Vitals)),
            PatientGroup.Child when clinicalCase.Patient.AgeYears is not null => Child(clinicalCase),
            PatientGroup.Child => new { group = "child" },
            _ => new { group = "pregnant" },
        };
    }

    private static object Adult(News2Score score) => new
    {
        group = "adult",
        scores = new Dictionary<string, int?>(
            VitalSignCatalogue.All.Where(s => s.News2 is not null).Select(s => KeyValuePair.Create(s.Path, s.News2!.Points(score))))
        {
            ["case.vitals.on_supplemental_oxygen"] = score.AirOrOxygen,
        },
        total = score.Total,
        spo2Scale = score.Spo2Scale,
    };

    private static object Child(ClinicalCase child)
    {
        var context = new RuleContext(child, News2: null);
        var fired = PaediatricRules.Table.Where(rule => rule.When(context)).Select(rule => rule.Code).ToHashSet();
        return new
        {
            group = "child",
            scores = ChildFields.ToDictionary(
                f => f.Field,
                f => f.Measured(child.Vitals) ? (int?)(f.Rules.Any(fired.Contains) ? 3 : 0) : null),
        };
    }
}
