namespace Triage.Training.Nhamcs;

/// <summary>
/// One emergency-department visit of the NHAMCS 2010 public-use file, decoded as the codebook (doc2010.pdf) defines
/// each field; null where the field was blank, unknown or not applicable.
/// </summary>
public sealed record NhamcsVisit(
    int Hospital,
    double PatientWeight,
    double? AgeYears,
    bool Female,
    double? TemperatureC,
    int? HeartRate,
    int? RespiratoryRate,
    int? SystolicBp,
    int? DiastolicBp,
    int? Spo2Percent,
    bool OnOxygen,
    int? Gcs,
    int? NurseImmediacy,
    int? Pain,
    IReadOnlyList<int> ReasonsForVisit,
    bool Injury,
    NhamcsChronicConditions Chronic,
    NhamcsDisposition Disposition)
{
    /// <summary>Arrived dead: nothing was there to triage, so such visits are left out of training and validation.</summary>
    public bool DeadOnArrival => Disposition.DeadOnArrival;
}
