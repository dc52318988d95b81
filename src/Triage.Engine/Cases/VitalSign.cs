using Triage.Engine.Wire;

namespace Triage.Engine.Cases;

/// <summary>
/// Everything the system knows about one vital sign, in one place: its name on the wire, how it is written, what
/// values are possible and usual, how it is exported, which model input and NEWS2 row it feeds, and how it is read
/// from and written to the case. The validator, the terminal's questions, the clinic app's and console's fields and
/// labels, the FHIR export and the model's inputs all read it; <see cref="VitalSignCatalogue"/> lists them.
/// </summary>
public sealed record VitalSign
{
    /// <summary>The wire name in triage.v1.Vitals (e.g. <c>respiratory_rate</c>); it keys the sign's texts too.</summary>
    public required string Field { get; init; }

    public required VitalScale Scale { get; init; }

    /// <summary>What a living patient can show and a device can report; outside it a value is refused. Null for a coded sign.</summary>
    public AllowedRange? Possible { get; init; }

    /// <summary>Where almost every reading falls; a reading outside it is confirmed, then accepted. Null for a coded sign.</summary>
    public AllowedRange? Usual { get; init; }

    /// <summary>The terminal's command-line question, in the English it speaks.</summary>
    public required string Question { get; init; }

    /// <summary>How the reading is exported to FHIR; null when the export leaves it out.</summary>
    public VitalCoding? Coding { get; init; }

    /// <summary>The model input's name, fixed once a model is trained on it (it keys ModelTexts Feature_*).</summary>
    public required string Feature { get; init; }

    /// <summary>The unit of the model input, as the manifest states it.</summary>
    public required string FeatureUnit { get; init; }

    /// <summary>
    /// The value an absent reading is taken as before the model sees the case, so that not measuring never counts as
    /// risk; <see cref="Model.NormalReference"/> gives age-dependent values where a child's normal differs.
    /// </summary>
    public double? Normal { get; init; }

    /// <summary>The NEWS2 chart row that scores this sign; null when NEWS2 does not score it.</summary>
    public News2Row? News2 { get; init; }

    /// <summary>The reading in a case as a number (the ACVPU step for consciousness); null when not taken.</summary>
    public required Func<VitalSigns, double?> Read { get; init; }

    /// <summary>The case with this reading set to the value.</summary>
    public required Func<VitalSigns, double, VitalSigns> Write { get; init; }

    /// <summary>The field's path in a request, as a validation error names it.</summary>
    public string Path => "case.vitals." + Field;

    /// <summary>Key of the sign's name inside a sentence ("respiratory rate") in the engine's texts.</summary>
    public string NameKey => "Vital_" + Field;

    /// <summary>Key of the sign's label on a form or table ("Respiration rate").</summary>
    public string LabelKey => "VitalLabel_" + Field;

    /// <summary>Key of the sign's unit as shown beside a value ("/min"); absent for a coded sign.</summary>
    public string UnitKey => "VitalUnit_" + Field;

    /// <summary>Whether the sign is a measured number, which the generic range check, mapping and export handle.</summary>
    public bool IsMeasured => Possible is not null;

    /// <summary>How a reading sits within the possible range and the usual band.</summary>
    public VitalReading Check(double value) =>
        Possible is null || !double.IsFinite(value) || !Possible.Contains(value) ? VitalReading.Impossible
        : Usual is null || Usual.Contains(value) ? VitalReading.Usual
        : VitalReading.Extreme;
}
