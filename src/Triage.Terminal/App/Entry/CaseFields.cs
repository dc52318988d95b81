using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Wire;

namespace Triage.Terminal.App.Entry;

/// <summary>
/// The numeric fields of a case by their path in the request, as the engine's validator names them, with their
/// bounds: the patient's two here, and every measured vital sign of <see cref="VitalSignCatalogue"/>.
/// </summary>
public static class CaseFields
{
    public const string AgeYears = "case.patient.age_years";
    public const string GestationWeeks = "case.patient.gestation_weeks";

    /// <summary>The engine's bounds; the page checks as it is typed, the engine's validator decides.</summary>
    public static readonly IReadOnlyDictionary<string, AllowedRange> Bounds = new Dictionary<string, AllowedRange>(
        VitalSignCatalogue.Measured.Select(s => KeyValuePair.Create(s.Path, s.Possible!)))
    {
        [AgeYears] = CaseBounds.AgeYears,
        [GestationWeeks] = CaseBounds.GestationWeeks,
    };

    /// <summary>The numeric values a report carries, by field.</summary>
    public static IEnumerable<(string Field, double? Value)> ValuesOf(CaseReport report)
    {
        var p = report.Patient ?? new Patient();
        var v = report.Vitals ?? new Vitals();
        yield return (AgeYears, p.HasAgeYears ? p.AgeYears : null);
        yield return (GestationWeeks, p.HasGestationWeeks ? p.GestationWeeks : null);
        foreach (var sign in VitalSignCatalogue.Measured)
        {
            yield return (sign.Path, WireVitals.Get(v, sign));
        }
    }
}
