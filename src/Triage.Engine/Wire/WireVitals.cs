using System.Collections.Frozen;
using Google.Protobuf.Reflection;
using Triage.Contracts.V1;
using Triage.Engine.Cases;

namespace Triage.Engine.Wire;

/// <summary>
/// A measured vital sign read from and written to the wire message by its field name, so that a sign added to the
/// contract and to <see cref="VitalSignCatalogue"/> needs no mapping code of its own.
/// </summary>
public static class WireVitals
{
    private static readonly FrozenDictionary<string, FieldDescriptor> Fields =
        VitalSignCatalogue.Measured.ToFrozenDictionary(s => s.Field, s => Vitals.Descriptor.FindFieldByName(s.Field)
            ?? throw new InvalidOperationException($"The vital sign {s.Field} is not a field of triage.v1.Vitals."));

    /// <summary>The reading on the wire; null when absent.</summary>
    public static double? Get(Vitals vitals, VitalSign sign)
    {
        var field = Fields[sign.Field];
        return field.Accessor.HasValue(vitals) ? Convert.ToDouble(field.Accessor.GetValue(vitals), System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    public static void Set(Vitals vitals, VitalSign sign, double value)
    {
        var field = Fields[sign.Field];
        field.Accessor.SetValue(vitals, field.FieldType == FieldType.Double ? value : (object)checked((int)value));
    }
}
