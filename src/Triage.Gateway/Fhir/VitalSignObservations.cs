using Hl7.Fhir.Model;
using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Wire;

namespace Triage.Gateway.Fhir;

/// <summary>
/// The measured vitals as <c>Observation</c>s that follow the FHIR R4 vital-signs profiles: LOINC code, the
/// vital-signs category, UCUM units, each as its <see cref="VitalSign.Coding"/> says; blood pressure as one 85354-9
/// panel with systolic and diastolic components.
/// </summary>
internal static class VitalSignObservations
{
    private const string ProfileBase = "http://hl7.org/fhir/StructureDefinition/";

    public static IEnumerable<Observation> From(Vitals vitals, DateTimeOffset effective)
    {
        var panels = new Dictionary<VitalPanel, Observation>();
        foreach (var sign in VitalSignCatalogue.All)
        {
            if (sign.Coding is not { } coding || Value(vitals, sign, coding) is not { } value)
            {
                continue;
            }

            if (coding.Panel is { } panel)
            {
                // The panel is written where its first measured component comes, the later ones joining it.
                if (!panels.TryGetValue(panel, out var observation))
                {
                    observation = VitalSign(panel.Profile, Loinc(panel.Code), null, effective);
                    panels.Add(panel, observation);
                    yield return observation;
                }

                observation.Component.Add(new Observation.ComponentComponent { Code = Loinc(coding.Code), Value = value });
                continue;
            }

            var code = Loinc(coding.Code);
            if (coding.AlsoCodedAs is { } also)
            {
                code.Coding.Add(new Coding(CodeSystems.Loinc, also.Code, also.Display));
            }

            yield return coding.Profile is { } profile
                ? VitalSign(profile, code, value, effective)
                : new Observation
                {
                    Status = ObservationStatus.Final,
                    Category = [Category(coding.Category)],
                    Code = code,
                    Effective = new FhirDateTime(effective),
                    Value = value,
                };
        }
    }

    /// <summary>The reading as a UCUM quantity, or ACVPU in words; null when not taken.</summary>
    private static DataType? Value(Vitals vitals, VitalSign sign, VitalCoding coding) =>
        sign.Scale == VitalScale.Acvpu
            ? vitals.Consciousness == Consciousness.Unspecified ? null : new CodeableConcept { Text = ConsciousnessText(vitals.Consciousness) }
            : WireVitals.Get(vitals, sign) is { } reading ? Quantity((decimal)reading, coding.Ucum, coding.UnitDisplay) : null;

    private static Observation VitalSign(string profile, CodeableConcept code, DataType? value, DateTimeOffset effective) => new()
    {
        Meta = new Meta { Profile = [ProfileBase + profile] },
        Status = ObservationStatus.Final,
        Category = [Category(VitalCoding.VitalSignsCategory)],
        Code = code,
        Effective = new FhirDateTime(effective),
        Value = value,
    };

    private static CodeableConcept Category(string code) => new(CodeSystems.ObservationCategory, code, CategoryDisplays[code]);

    /// <summary>The displays HL7's observation-category code system gives the categories a vital sign is exported under.</summary>
    private static readonly Dictionary<string, string> CategoryDisplays = new()
    {
        [VitalCoding.VitalSignsCategory] = "Vital Signs",
        ["laboratory"] = "Laboratory",
        ["exam"] = "Exam",
    };

    private static CodeableConcept Loinc(LoincCode code) => new(CodeSystems.Loinc, code.Code, code.Display) { Text = code.Display };

    private static Quantity Quantity(decimal value, string ucum, string unit) =>
        new() { Value = value, Unit = unit, System = CodeSystems.Ucum, Code = ucum };

    private static string ConsciousnessText(Consciousness level) => level switch
    {
        Consciousness.Alert => "Alert",
        Consciousness.NewConfusion => "New confusion",
        Consciousness.Voice => "Responds to voice",
        Consciousness.Pain => "Responds to pain",
        Consciousness.Unresponsive => "Unresponsive",
        _ => level.ToString(),
    };
}
