using Triage.Engine.Cases;

namespace Triage.Engine.News2;

/// <summary>Scores NEWS2 exactly as RCP NEWS2 2017, chart 1, for adults who are not pregnant.</summary>
public static class News2Calculator
{
    /// <summary>Null when NEWS2 does not apply: children under 16 and pregnant women (RCP NEWS2 2017, "Scope").</summary>
    public static News2Score? Score(ClinicalCase clinicalCase) =>
        clinicalCase.Group == PatientGroup.Adult ? Score(clinicalCase.Vitals) : null;

    public static News2Score Score(VitalSigns vitals)
    {
        var missing = new List<string>();
        int? Measured<T>(T? value, string field, Func<T, int> score) where T : struct
        {
            if (value is { } v)
            {
                return score(v);
            }

            missing.Add(field);
            return null;
        }

        return new News2Score(
            RespirationRate: Measured(vitals.RespiratoryRate, VitalFields.RespiratoryRate, rr => News2Chart.RespirationRate.Score(rr)),
            Spo2: Measured(vitals.Spo2Percent, VitalFields.Spo2Percent, spo2 => ScoreSpo2(spo2, vitals)),
            AirOrOxygen: vitals.OnSupplementalOxygen ? News2Chart.SupplementalOxygenScore : 0,
            SystolicBp: Measured(vitals.SystolicBp, VitalFields.SystolicBp, bp => News2Chart.SystolicBp.Score(bp)),
            Pulse: Measured(vitals.HeartRate, VitalFields.HeartRate, hr => News2Chart.Pulse.Score(hr)),
            Consciousness: vitals.ConsciousnessAssessed
                ? (vitals.ReducedConsciousness ? News2Chart.NotAlertScore : 0)
                : Missing(missing, VitalFields.Consciousness),
            Temperature: Measured(vitals.TemperatureC, VitalFields.TemperatureC, t => News2Chart.Temperature.Score(ToChartPrecision(t))),
            Spo2Scale: vitals.HypercapnicRespiratoryFailure ? 2 : 1,
            MissingParameters: missing);
    }

    private static int ScoreSpo2(int spo2, VitalSigns vitals)
    {
        if (!vitals.HypercapnicRespiratoryFailure)
        {
            return News2Chart.Spo2Scale1.Score(spo2);
        }

        if (spo2 <= News2Chart.Spo2Scale2TargetMax)
        {
            return News2Chart.Spo2Scale2BelowTarget.Score(spo2);
        }

        // Above the 88–92 % target is only a concern when oxygen is driving it.
        return vitals.OnSupplementalOxygen ? News2Chart.Spo2Scale2AboveTargetOnOxygen.Score(spo2) : 0;
    }

    /// <summary>The chart is written to one decimal place, as thermometers read.</summary>
    private static double ToChartPrecision(double celsius) => Math.Round(celsius, 1, MidpointRounding.AwayFromZero);

    private static int? Missing(List<string> missing, string field)
    {
        missing.Add(field);
        return null;
    }
}
