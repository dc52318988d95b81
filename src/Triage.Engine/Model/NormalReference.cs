using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Rules;

namespace Triage.Engine.Model;

/// <summary>
/// The values a measurement that was not taken is given before the model sees the case, so that an absent reading
/// never counts as risk by itself: the model judges the patient as if the reading were normal for their age, and
/// the engine asks for the readings that could change its decision instead. Adults: inside the zero-score band of
/// each NEWS2 parameter (RCP NEWS2 2017, chart 1). Children: heart and breathing rates midway between the slow and
/// fast limits of <see cref="PaediatricVitalBands"/> (Fleming et al., Lancet 2011; WHO IMCI 2014); systolic pressure
/// 90 + 2 × age in years, at least 80 (APLS, 6th ed., 2016), diastolic two thirds of it. Pain absent, blood glucose
/// 5.5 mmol/L (upper normal fasting value, WHO 2006 definition of diabetes and intermediate hyperglycaemia).
/// </summary>
public static class NormalReference
{
    private const int AdultRespiratoryRate = 16;
    private const int AdultSpo2 = 97;
    private const int AdultSystolic = 125;
    private const int AdultDiastolic = 78;
    private const int AdultHeartRate = 75;
    private const double Temperature = 36.8;
    private const double Glucose = 5.5;

    /// <summary>The case with every measurement that was not taken set to its normal value; measured values unchanged.</summary>
    public static ClinicalCase Complete(ClinicalCase clinicalCase)
    {
        var v = clinicalCase.Vitals;
        var age = clinicalCase.Patient.AgeYears;
        var child = age is < PatientInfo.AdultAgeYears;
        var band = child ? PaediatricVitalBands.For(age!.Value * 12) : null;
        var systolic = v.SystolicBp ?? (band is null ? AdultSystolic : (int)Math.Max(80, 90 + 2 * age!.Value));
        var completed = v with
        {
            RespiratoryRate = v.RespiratoryRate ?? (band is null ? AdultRespiratoryRate : (band.SlowBreathingBelow + band.FastBreathingFrom) / 2),
            Spo2Percent = v.Spo2Percent ?? AdultSpo2,
            SystolicBp = systolic,
            DiastolicBp = v.DiastolicBp ?? (band is null ? Math.Min(AdultDiastolic, systolic * 2 / 3) : systolic * 2 / 3),
            HeartRate = v.HeartRate ?? (band is null ? AdultHeartRate : (band.HeartRateBelow + band.HeartRateAbove) / 2),
            TemperatureC = v.TemperatureC ?? Temperature,
            Consciousness = v.ConsciousnessAssessed ? v.Consciousness : Consciousness.Alert,
            BloodGlucoseMmolL = v.BloodGlucoseMmolL ?? Glucose,
            PainScore = v.PainScore ?? 0,
        };
        return clinicalCase with { Vitals = completed };
    }
}
