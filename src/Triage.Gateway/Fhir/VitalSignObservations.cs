using Hl7.Fhir.Model;
using Triage.Contracts.V1;

namespace Triage.Gateway.Fhir;

/// <summary>
/// The measured vitals as <c>Observation</c>s that follow the FHIR R4 vital-signs profiles: LOINC code, the
/// vital-signs category, UCUM units; blood pressure as one 85354-9 panel with systolic and diastolic components.
/// </summary>
internal static class VitalSignObservations
{
    private const string ProfileBase = "http://hl7.org/fhir/StructureDefinition/";

    public static IEnumerable<Observation> From(Vitals vitals, DateTimeOffset effective)
    {
        if (vitals.HasRespiratoryRate)
        {
            yield return VitalSign("resprate", Loinc("9279-1", "Respiratory rate"), Quantity(vitals.RespiratoryRate, "/min", "breaths/minute"), effective);
        }

        if (vitals.HasSpo2Percent)
        {
            // The oxygensat profile asks for 2708-6; 59408-5 says it was measured by pulse oximetry, as it is here.
            var code = Loinc("2708-6", "Oxygen saturation in Arterial blood");
            code.Coding.Add(new Coding(CodeSystems.Loinc, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"));
            yield return VitalSign("oxygensat", code, Quantity(vitals.Spo2Percent, "%", "%"), effective);
        }

        if (vitals.HasSystolicBp || vitals.HasDiastolicBp)
        {
            yield return BloodPressure(vitals, effective);
        }

        if (vitals.HasHeartRate)
        {
            yield return VitalSign("heartrate", Loinc("8867-4", "Heart rate"), Quantity(vitals.HeartRate, "/min", "beats/minute"), effective);
        }

        if (vitals.HasTemperatureC)
        {
            yield return VitalSign("bodytemp", Loinc("8310-5", "Body temperature"), Quantity((decimal)vitals.TemperatureC, "Cel", "C"), effective);
        }

        if (vitals.HasBloodGlucoseMmolL)
        {
            // The terminal records molar concentration, so the molar LOINC code (not the mass one, 2339-0, in mg/dL)
            // keeps the measured number unconverted. Glucose is a laboratory result, not a vital sign.
            yield return new Observation
            {
                Status = ObservationStatus.Final,
                Category = [Category("laboratory", "Laboratory")],
                Code = Loinc("15074-8", "Glucose [Moles/volume] in Blood"),
                Effective = new FhirDateTime(effective),
                Value = Quantity((decimal)vitals.BloodGlucoseMmolL, "mmol/L", "mmol/L"),
            };
        }

        if (vitals.Consciousness != Consciousness.Unspecified)
        {
            yield return new Observation
            {
                Status = ObservationStatus.Final,
                Category = [Category("exam", "Exam")],
                Code = Loinc("67775-7", "Level of responsiveness"),
                Effective = new FhirDateTime(effective),
                Value = new CodeableConcept { Text = ConsciousnessText(vitals.Consciousness) },
            };
        }
    }

    private static Observation BloodPressure(Vitals vitals, DateTimeOffset effective)
    {
        var panel = VitalSign("bp", Loinc("85354-9", "Blood pressure panel with all children optional"), null, effective);
        if (vitals.HasSystolicBp)
        {
            panel.Component.Add(new Observation.ComponentComponent
            {
                Code = Loinc("8480-6", "Systolic blood pressure"),
                Value = Quantity(vitals.SystolicBp, "mm[Hg]", "mmHg"),
            });
        }

        if (vitals.HasDiastolicBp)
        {
            panel.Component.Add(new Observation.ComponentComponent
            {
                Code = Loinc("8462-4", "Diastolic blood pressure"),
                Value = Quantity(vitals.DiastolicBp, "mm[Hg]", "mmHg"),
            });
        }

        return panel;
    }

    private static Observation VitalSign(string profile, CodeableConcept code, Quantity? value, DateTimeOffset effective) => new()
    {
        Meta = new Meta { Profile = [ProfileBase + profile] },
        Status = ObservationStatus.Final,
        Category = [Category("vital-signs", "Vital Signs")],
        Code = code,
        Effective = new FhirDateTime(effective),
        Value = value,
    };

    private static CodeableConcept Category(string code, string display) => new(CodeSystems.ObservationCategory, code, display);

    private static CodeableConcept Loinc(string code, string display) => new(CodeSystems.Loinc, code, display) { Text = display };

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
