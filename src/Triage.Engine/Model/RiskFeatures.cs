using System.Collections.Frozen;
using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.News2;
using Triage.Contracts;

namespace Triage.Engine.Model;

/// <summary>
/// The one definition of the model's inputs, shared by training and serving so that they cannot drift apart:
/// names, units and how each is read from a case. Missing values are NaN; trees send NaN down the "greater" branch.
/// </summary>
public static class RiskFeatures
{
    public const string Flag = "flag";
    public const string MissingSuffix = "_missing";

    private static readonly Symptom[] SymptomCodes = Enum.GetValues<Symptom>().Where(s => s != Symptom.Unspecified).ToArray();
    private static readonly ChronicCondition[] ConditionCodes = Enum.GetValues<ChronicCondition>().Where(c => c != ChronicCondition.Unspecified).ToArray();
    private static readonly FrozenDictionary<Symptom, int> SymptomSlot = SymptomCodes.Select((s, i) => (s, i)).ToFrozenDictionary(p => p.s, p => p.i);
    private static readonly FrozenDictionary<ChronicCondition, int> ConditionSlot = ConditionCodes.Select((c, i) => (c, i)).ToFrozenDictionary(p => p.c, p => p.i);

    /// <summary>Demographics, then every vital sign of the catalogue, read as numbers in input order; each also gets a missing indicator.</summary>
    private static readonly (RiskFeature Feature, Func<ClinicalCase, double?> Read)[] Measurements =
    [
        (new("age_years", "years", RiskFeatureKind.Measurement), c => c.Patient.AgeYears),
        (new("gestation_weeks", "weeks", RiskFeatureKind.Measurement), c => c.Patient.Pregnant ? c.Patient.GestationWeeks : null),
        .. VitalSignCatalogue.All.Select(sign => (new RiskFeature(sign.Feature, sign.FeatureUnit, RiskFeatureKind.Measurement), (Func<ClinicalCase, double?>)(c => sign.Read(c.Vitals)))),
    ];

    private static readonly (RiskFeature Feature, Func<ClinicalCase, bool> Read)[] PatientFlags =
    [
        (new("sex_female", Flag, RiskFeatureKind.Flag), c => c.Patient.Sex == Sex.Female),
        (new("sex_male", Flag, RiskFeatureKind.Flag), c => c.Patient.Sex == Sex.Male),
        (new("pregnant", Flag, RiskFeatureKind.Flag), c => c.Patient.Pregnant),
        (new("on_supplemental_oxygen", Flag, RiskFeatureKind.Flag), c => c.Vitals.OnSupplementalOxygen),
        (new("hypercapnic_respiratory_failure", Flag, RiskFeatureKind.Flag), c => c.Vitals.HypercapnicRespiratoryFailure),
    ];

    /// <summary>NEWS2 parameter scores; NaN when NEWS2 does not apply (children, pregnancy) or the parameter was not measured.</summary>
    private static readonly (RiskFeature Feature, Func<News2Score, int?> Read)[] News2Components =
    [
        (new("news2_respiration_rate", "points", RiskFeatureKind.Measurement), n => n.RespirationRate),
        (new("news2_spo2", "points", RiskFeatureKind.Measurement), n => n.Spo2),
        (new("news2_air_or_oxygen", "points", RiskFeatureKind.Measurement), n => n.AirOrOxygen),
        (new("news2_systolic_bp", "points", RiskFeatureKind.Measurement), n => n.SystolicBp),
        (new("news2_pulse", "points", RiskFeatureKind.Measurement), n => n.Pulse),
        (new("news2_consciousness", "points", RiskFeatureKind.Measurement), n => n.Consciousness),
        (new("news2_temperature", "points", RiskFeatureKind.Measurement), n => n.Temperature),
        (new("news2_total", "points", RiskFeatureKind.Measurement), n => n.Total),
    ];

    public static IReadOnlyList<RiskFeature> All { get; } =
    [
        .. Measurements.Select(m => m.Feature),
        .. Measurements.Select(m => new RiskFeature(m.Feature.Name + MissingSuffix, Flag, RiskFeatureKind.MissingIndicator, m.Feature.Name)),
        .. PatientFlags.Select(f => f.Feature),
        .. News2Components.Select(n => n.Feature),
        .. SymptomCodes.Select(s => new RiskFeature(SymptomFeature(s), Flag, RiskFeatureKind.Flag)),
        .. ConditionCodes.Select(c => new RiskFeature(ConditionFeature(c), Flag, RiskFeatureKind.Flag)),
    ];

    public static int Count => All.Count;

    private static readonly FrozenDictionary<string, int> IndexByName = All.Select((f, i) => (f.Name, i)).ToFrozenDictionary(p => p.Name, p => p.i);

    public static bool TryGetIndex(string name, out int index) => IndexByName.TryGetValue(name, out index);

    public static string SymptomFeature(Symptom symptom) => "symptom_" + WireName.Of(symptom).ToLowerInvariant();

    public static string ConditionFeature(ChronicCondition condition) => "chronic_" + WireName.Of(condition).ToLowerInvariant();

    /// <summary>Writes the case's features in <see cref="All"/> order into <paramref name="destination"/>.</summary>
    /// <param name="news2">The case's NEWS2 as the engine scored it; null when it does not apply.</param>
    public static void Extract(ClinicalCase clinicalCase, News2Score? news2, Span<float> destination)
    {
        if (destination.Length < Count)
        {
            throw new ArgumentException($"Need room for {Count} features; got {destination.Length}.", nameof(destination));
        }

        var i = 0;
        foreach (var (_, read) in Measurements)
        {
            destination[i++] = read(clinicalCase) is { } value ? (float)value : float.NaN;
        }

        for (var m = 0; m < Measurements.Length; m++)
        {
            destination[i++] = float.IsNaN(destination[m]) ? 1f : 0f;
        }

        foreach (var (_, read) in PatientFlags)
        {
            destination[i++] = read(clinicalCase) ? 1f : 0f;
        }

        foreach (var (_, read) in News2Components)
        {
            destination[i++] = news2 is not null && read(news2) is { } points ? points : float.NaN;
        }

        // A case names a few of the codes: set those rather than asking about every code.
        destination.Slice(i, SymptomCodes.Length + ConditionCodes.Length).Clear();
        foreach (var symptom in clinicalCase.Symptoms)
        {
            if (SymptomSlot.TryGetValue(symptom, out var slot))
            {
                destination[i + slot] = 1f;
            }
        }

        i += SymptomCodes.Length;
        foreach (var condition in clinicalCase.ChronicConditions)
        {
            if (ConditionSlot.TryGetValue(condition, out var slot))
            {
                destination[i + slot] = 1f;
            }
        }
    }
}
