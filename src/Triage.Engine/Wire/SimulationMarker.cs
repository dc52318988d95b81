using Triage.Contracts.V1;

namespace Triage.Engine.Wire;

/// <summary>
/// How a case from the terminal's simulator is told apart from a real one: its patient reference carries this
/// prefix. Reports built on such cases say so, so that synthetic figures are never read as clinical ones.
/// </summary>
public static class SimulationMarker
{
    public const string PatientRefPrefix = "SIM-";

    public static bool IsSimulated(CaseReport report) =>
        report.Patient?.PatientRef.StartsWith(PatientRefPrefix, StringComparison.Ordinal) == true;
}
