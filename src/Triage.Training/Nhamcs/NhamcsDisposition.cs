namespace Triage.Training.Nhamcs;

/// <summary>How the visit ended (codebook items 135–152).</summary>
/// <param name="CriticalCare">Admitted to a critical care unit (ADMIT = 1).</param>
/// <param name="DiedInHospital">Admitted and discharged dead (HDSTAT = 2).</param>
public sealed record NhamcsDisposition(
    bool LeftBeforeTriage,
    bool DeadOnArrival,
    bool DiedInEd,
    bool TransferredToOtherHospital,
    bool Admitted,
    bool CriticalCare,
    bool DiedInHospital)
{
    /// <summary>
    /// The serious outcome the model learns: death in the emergency department or in hospital, or admission to
    /// critical care. It is what a health post must not miss; hospital admission alone is not (docs/model.md).
    /// </summary>
    public bool Serious => DiedInEd || DiedInHospital || CriticalCare;
}
