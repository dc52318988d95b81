namespace Triage.Cohort;

/// <summary>
/// The published figure the cohort is calibrated to. Smith GB, Prytherch DR, Meredith P, Schmidt PE, Featherstone PI.
/// The ability of the National Early Warning Score (NEWS) to discriminate patients at risk of early cardiac arrest,
/// unanticipated intensive care unit admission, and death. Resuscitation 2013;84(4):465–470.
/// doi:10.1016/j.resuscitation.2012.12.016. AUROC of NEWS for any of cardiac arrest, unanticipated ICU admission or
/// death within 24 h: 0.873 (95 % CI 0.866–0.879); for death alone 0.894, unanticipated ICU admission 0.857, cardiac
/// arrest 0.722. Our outcome (death, ICU or emergency transfer within 48 h) is a combined one, so the combined figure is
/// the target. Smith scored complete observation sets, so the check uses adults with all seven NEWS2 parameters.
/// </summary>
public static class CalibrationTarget
{
    public const double PublishedNews2Auroc = 0.873;
    public const double Tolerance = 0.03;
    public const string Citation = "Smith GB et al. Resuscitation 2013;84:465–470 (NEWS AUROC 0.873 for cardiac arrest, unanticipated ICU admission or death within 24 h)";

    public static bool Meets(double auroc) => Math.Abs(auroc - PublishedNews2Auroc) <= Tolerance;
}
