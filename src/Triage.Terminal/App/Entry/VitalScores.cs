using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.News2;
using Triage.Engine.Rules;
using Triage.Engine.Wire;

namespace Triage.Terminal.App.Entry;

/// <summary>
/// The score of each vital sign as the form is filled in, by the engine's own charts: NEWS2 parameter scores for an
/// adult, the paediatric age band for a child, and for a pregnant woman no NEWS2 at all (the obstetric rules apply).
/// </summary>
public static class VitalScores
{
    public static object For(CaseReport draft)
    {
        var clinicalCase = draft.ToClinicalCase();
        return clinicalCase.Group switch
        {
            PatientGroup.Adult => Adult(News2Calculator.Score(clinicalCase.Vitals)),
            PatientGroup.Child when clinicalCase.Patient.AgeYears is { } age => Child(PaediatricVitalBands.For(age * 12), clinicalCase.Vitals),
            PatientGroup.Child => new { group = "child" },
            _ => new { group = "pregnant" },
        };
    }

    private static object Adult(News2Score score) => new
    {
        group = "adult",
        scores = new Dictionary<string, int?>
        {
            [CaseFields.RespiratoryRate] = score.RespirationRate,
            [CaseFields.Spo2Percent] = score.Spo2,
            [CaseFields.SystolicBp] = score.SystolicBp,
            [CaseFields.HeartRate] = score.Pulse,
            [CaseFields.TemperatureC] = score.Temperature,
            ["case.vitals.consciousness"] = score.Consciousness,
            ["case.vitals.on_supplemental_oxygen"] = score.AirOrOxygen,
        },
        total = score.Total,
        spo2Scale = score.Spo2Scale,
    };

    /// <summary>Outside the child's age band counts as the chart's red (3), inside as 0, so the form colours alike.</summary>
    private static object Child(PaediatricVitalBand band, VitalSigns vitals) => new
    {
        group = "child",
        band = new { band.FastBreathingFrom, band.SlowBreathingBelow, band.HeartRateBelow, band.HeartRateAbove },
        scores = new Dictionary<string, int?>
        {
            [CaseFields.RespiratoryRate] = vitals.RespiratoryRate is { } rr ? (rr >= band.FastBreathingFrom || rr < band.SlowBreathingBelow ? 3 : 0) : null,
            [CaseFields.HeartRate] = vitals.HeartRate is { } hr ? (hr < band.HeartRateBelow || hr > band.HeartRateAbove ? 3 : 0) : null,
        },
    };
}
