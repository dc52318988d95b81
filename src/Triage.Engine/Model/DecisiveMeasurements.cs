using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Rules;

namespace Triage.Engine.Model;

/// <summary>
/// The readings that were not taken but would change the decision: each missing vital sign is tried at a clearly
/// abnormal value, and it is named when that alone would raise the level. Abnormal values: the 3-point band of each
/// NEWS2 parameter for adults (RCP NEWS2 2017, chart 1); for children fast breathing and a fast pulse at the
/// limits of <see cref="PaediatricVitalBands"/> (WHO IMCI 2014; Fleming et al., Lancet 2011), SpO2 below 90 %
/// (WHO Oxygen therapy for children, 2016) and a temperature of 39.5 °C.
/// </summary>
public static class DecisiveMeasurements
{
    public static IReadOnlyList<string> Find(ClinicalCase clinicalCase, ReferralLevel level, Func<ClinicalCase, ReferralLevel> decide)
    {
        var decisive = new List<string>();
        foreach (var (field, abnormal) in Trials(clinicalCase))
        {
            if (abnormal is not null && decide(abnormal) > level)
            {
                decisive.Add(field);
            }
        }

        return decisive;
    }

    private static IEnumerable<(string Field, ClinicalCase? Abnormal)> Trials(ClinicalCase c)
    {
        var v = c.Vitals;
        var age = c.Patient.AgeYears;
        var band = age is < PatientInfo.AdultAgeYears ? PaediatricVitalBands.For(age.Value * 12) : null;
        ClinicalCase With(VitalSigns vitals) => c with { Vitals = vitals };
        yield return (VitalFields.RespiratoryRate, v.RespiratoryRate is null ? With(v with { RespiratoryRate = band?.FastBreathingFrom ?? 25 }) : null);
        yield return (VitalFields.Spo2Percent, v.Spo2Percent is null ? With(v with { Spo2Percent = band is null ? 91 : 89 }) : null);
        yield return (VitalFields.SystolicBp, v.SystolicBp is null && band is null ? With(v with { SystolicBp = 90 }) : null);
        yield return (VitalFields.HeartRate, v.HeartRate is null ? With(v with { HeartRate = band is null ? 131 : band.HeartRateAbove + 1 }) : null);
        yield return (VitalFields.TemperatureC, v.TemperatureC is null ? With(v with { TemperatureC = band is null ? 35.0 : 39.5 }) : null);
        yield return (VitalFields.Consciousness, v.ConsciousnessAssessed ? null : With(v with { Consciousness = Consciousness.NewConfusion }));
    }
}
