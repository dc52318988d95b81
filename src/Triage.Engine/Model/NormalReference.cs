using Triage.Engine.Cases;
using Triage.Engine.Rules;

namespace Triage.Engine.Model;

/// <summary>
/// The values a measurement that was not taken is given before the model sees the case, so that an absent reading
/// never counts as risk by itself: the model judges the patient as if the reading were normal for their age, and
/// the engine asks for the readings that could change its decision instead. Adults: inside the zero-score band of
/// each NEWS2 parameter (RCP NEWS2 2017, chart 1). Children: heart and breathing rates midway between the slow and
/// fast limits of <see cref="PaediatricVitalBands"/> (Fleming et al., Lancet 2011; WHO IMCI 2014); systolic pressure
/// 90 + 2 × age in years, at least 80 (APLS, 6th ed., 2016), diastolic two thirds of it. Every other sign takes the
/// normal value its <see cref="VitalSign"/> states.
/// </summary>
public static class NormalReference
{
    /// <summary>The case with every measurement that was not taken set to its normal value; measured values unchanged.</summary>
    public static ClinicalCase Complete(ClinicalCase clinicalCase)
    {
        var v = clinicalCase.Vitals;
        var age = clinicalCase.Patient.AgeYears;
        if (age is < PatientInfo.AdultAgeYears)
        {
            var band = PaediatricVitalBands.For(age.Value * 12);
            var systolic = v.SystolicBp ?? (int)Math.Max(80, 90 + 2 * age.Value);
            v = v with
            {
                RespiratoryRate = v.RespiratoryRate ?? (band.SlowBreathingBelow + band.FastBreathingFrom) / 2,
                SystolicBp = systolic,
                DiastolicBp = v.DiastolicBp ?? systolic * 2 / 3,
                HeartRate = v.HeartRate ?? (band.HeartRateBelow + band.HeartRateAbove) / 2,
            };
        }
        else if (v.DiastolicBp is null && v.SystolicBp is { } systolic)
        {
            // A measured low systolic pressure keeps the assumed diastolic below it.
            v = v with { DiastolicBp = Math.Min((int)VitalSignCatalogue.DiastolicBp.Normal!.Value, systolic * 2 / 3) };
        }

        foreach (var sign in VitalSignCatalogue.All)
        {
            if (sign.Read(v) is null && sign.Normal is { } normal) v = sign.Write(v, normal);
        }

        return clinicalCase with { Vitals = v };
    }
}
