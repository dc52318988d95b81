using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Localization;
using Triage.Engine.Wire;
using Triage.Training.Training;

namespace Triage.Training.Nhamcs;

/// <summary>
/// NHAMCS visits as the engine's cases: age, sex, vital signs, consciousness from GCS, oxygen, pain, reasons for visit
/// through the reviewed symptom map, the five chronic conditions the form asks about. Values the contract would refuse
/// (outside their possible ranges) are treated as not recorded, as a terminal would have had them corrected.
/// </summary>
public sealed class NhamcsVisits(ReasonForVisitMap reasons)
{
    /// <summary>Reason-for-visit codes that say the patient is pregnant (1790.x problems of pregnancy, 2735 diagnosed
    /// complications of pregnancy, 3200 pregnancy, 3205 prenatal examination); 2010 has no pregnancy field.</summary>
    private static readonly (int From, int To)[] PregnancyReasons = [(17900, 17909), (27350, 27350), (32000, 32000), (32050, 32050)];

    /// <summary>Every visit that reached triage alive, in file order.</summary>
    public IEnumerable<LabelledVisit> Labelled(IEnumerable<NhamcsVisit> visits) =>
        visits.Where(v => !v.DeadOnArrival && !v.Disposition.LeftBeforeTriage)
            .Select(v => new LabelledVisit(ToCase(v), v.Disposition.Serious, $"hospital-{v.Hospital}", v.NurseImmediacy, Synthetic: false));

    public ClinicalCase ToCase(NhamcsVisit v)
    {
        var pregnant = v.Female && v.AgeYears is >= 10 and <= 55 && v.ReasonsForVisit.Any(r => PregnancyReasons.Any(p => r >= p.From && r <= p.To));
        var patient = new PatientInfo(Within(v.AgeYears, CaseBounds.AgeYears), v.Female ? Sex.Female : Sex.Male, pregnant, null, InsuranceStatus.Unspecified, SocialCategory.Unspecified);
        var systolic = Within(v.SystolicBp, VitalSignCatalogue.SystolicBp.Possible!);
        var diastolic = Within(v.DiastolicBp, VitalSignCatalogue.DiastolicBp.Possible!);
        if (systolic is null || diastolic >= systolic)
        {
            diastolic = null;
        }

        var vitals = new VitalSigns(
            Within(v.RespiratoryRate, VitalSignCatalogue.RespiratoryRate.Possible!),
            Within(v.Spo2Percent, VitalSignCatalogue.Spo2Percent.Possible!),
            v.OnOxygen,
            HypercapnicRespiratoryFailure: false,
            systolic,
            diastolic,
            Within(v.HeartRate, VitalSignCatalogue.HeartRate.Possible!),
            Within(v.TemperatureC, VitalSignCatalogue.TemperatureC.Possible!),
            GlasgowComaScale.ToAcvpu(v.Gcs),
            BloodGlucoseMmolL: null,
            Within(v.Pain, VitalSignCatalogue.PainScore.Possible!),
            v.Pain is null ? PainScale.Unspecified : PainScale.NumericRating);
        var symptoms = v.ReasonsForVisit.SelectMany(reasons.SymptomsOf).ToHashSet();
        return new ClinicalCase(patient, vitals, symptoms, Conditions(v.Chronic), Languages.English);
    }

    private static HashSet<ChronicCondition> Conditions(NhamcsChronicConditions c)
    {
        var conditions = new HashSet<ChronicCondition>();
        if (c.CerebrovascularDisease) conditions.Add(ChronicCondition.PreviousStroke);
        if (c.HeartFailure) conditions.Add(ChronicCondition.HeartFailure);
        if (c.Dialysis) conditions.Add(ChronicCondition.ChronicKidneyDisease);
        if (c.Hiv) conditions.Add(ChronicCondition.Hiv);
        if (c.Diabetes) conditions.Add(ChronicCondition.Diabetes);
        return conditions;
    }

    private static int? Within(int? value, AllowedRange range) => value is { } x && range.Contains(x) ? x : null;

    private static double? Within(double? value, AllowedRange range) => value is { } x && range.Contains(x) ? x : null;
}
