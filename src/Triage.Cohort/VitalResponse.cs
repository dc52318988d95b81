namespace Triage.Cohort;

/// <summary>
/// How far an archetype moves each vital sign from the patient's baseline at its worst (severity 1); milder cases move
/// less than proportionally, as compensation holds until it fails.
/// </summary>
/// <param name="Consciousness">Chance of reduced consciousness at severity 1.</param>
/// <param name="Glucose">Blood glucose (mmol/L) as a function of severity, for the metabolic archetypes.</param>
internal sealed record VitalResponse(
    double RespiratoryRate,
    double Spo2,
    double HeartRate,
    double SystolicBp,
    double Temperature,
    double Consciousness,
    double DiastolicBp = 0,
    Func<double, double>? Glucose = null);
