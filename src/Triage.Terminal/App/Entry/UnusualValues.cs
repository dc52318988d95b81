using Triage.Engine.Wire;

namespace Triage.Terminal.App.Entry;

/// <summary>
/// Values the engine accepts (they are physiologically possible) but that are far more often a slip of the finger
/// than a patient: the app asks the feldsher to confirm them once before the case is saved. Outside the engine's
/// own bounds (<see cref="CaseBounds"/>) a value is refused, not confirmed.
/// </summary>
public static class UnusualValues
{
    public static readonly IReadOnlyDictionary<string, AllowedRange> Usual = new Dictionary<string, AllowedRange>
    {
        [CaseFields.AgeYears] = new(0, 105, " years"),
        [CaseFields.GestationWeeks] = new(4, 43, " weeks"),
        [CaseFields.RespiratoryRate] = new(6, 70, " breaths/min"),
        [CaseFields.Spo2Percent] = new(70, 100, " %"),
        [CaseFields.SystolicBp] = new(60, 250, " mmHg"),
        [CaseFields.DiastolicBp] = new(30, 150, " mmHg"),
        [CaseFields.HeartRate] = new(30, 220, " beats/min"),
        [CaseFields.TemperatureC] = new(32, 42, " °C"),
        [CaseFields.BloodGlucoseMmolL] = new(1.5, 33, " mmol/L"),
    };

    /// <summary>The fields of <paramref name="values"/> outside their usual range.</summary>
    public static IReadOnlyList<UnusualValue> Find(IEnumerable<(string Field, double? Value)> values) =>
        values.Where(v => v.Value is { } value && Usual.TryGetValue(v.Field, out var usual) && !usual.Contains(value))
            .Select(v => new UnusualValue(v.Field, v.Value!.Value, Usual[v.Field]))
            .ToList();
}
