using Triage.Contracts.V1;

namespace Triage.Cohort;

/// <summary>One kind of presentation seen at a rural health post.</summary>
/// <param name="Weight">Relative frequency among visits for this patient (0 when it cannot apply).</param>
/// <param name="Severity">Beta(a, b) of the latent severity in [0, 1].</param>
/// <param name="Lethality">Added to the outcome's log-odds: how dangerous the condition is beyond what severity shows.</param>
/// <param name="Implies">A chronic condition the presentation usually comes with (asthma for an asthma attack), and how often.</param>
internal sealed record Archetype(
    string Name,
    Func<DraftPatient, double> Weight,
    (double A, double B) Severity,
    VitalResponse Response,
    IReadOnlyList<SymptomOdds> Symptoms,
    double Lethality,
    (ChronicCondition Condition, double Probability)? Implies = null);
