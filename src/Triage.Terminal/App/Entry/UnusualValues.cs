using Triage.Engine.Cases;
using Triage.Engine.Wire;

namespace Triage.Terminal.App.Entry;

/// <summary>
/// Values the engine accepts (they are physiologically possible) but that are far more often a slip of the finger
/// than a patient: the app asks the feldsher to confirm them once before the case is saved. Outside the engine's
/// own bounds (<see cref="CaseBounds"/>) a value is refused, not confirmed.
/// </summary>
public static class UnusualValues
{
    /// <summary>The patient's usual ages and gestations here; each vital sign's usual band is its own (<see cref="VitalSign.Usual"/>).</summary>
    public static readonly IReadOnlyDictionary<string, AllowedRange> Usual = new Dictionary<string, AllowedRange>(
        VitalSignCatalogue.Measured.Where(s => s.Usual is not null).Select(s => KeyValuePair.Create(s.Path, s.Usual!)))
    {
        [CaseFields.AgeYears] = new(0, 105, " years"),
        [CaseFields.GestationWeeks] = new(4, 43, " weeks"),
    };

    /// <summary>The fields of <paramref name="values"/> outside their usual range.</summary>
    public static IReadOnlyList<UnusualValue> Find(IEnumerable<(string Field, double? Value)> values) =>
        values.Where(v => v.Value is { } value && Usual.TryGetValue(v.Field, out var usual) && !usual.Contains(value))
            .Select(v => new UnusualValue(v.Field, v.Value!.Value, Usual[v.Field]))
            .ToList();
}
