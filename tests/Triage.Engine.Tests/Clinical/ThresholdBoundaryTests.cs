using Triage.Contracts.V1;
using Triage.Engine.Rules;
using static Triage.Contracts.V1.Symptom;
using static Triage.Engine.Tests.Clinical.CaseBuilder;

namespace Triage.Engine.Tests.Clinical;

/// <summary>
/// Every numeric threshold of the rules, on both sides of its edge. The numbers are written out as the sources
/// give them, so a changed constant fails here rather than passing silently.
/// </summary>
public sealed class ThresholdBoundaryTests
{
    private static readonly Dictionary<string, (CaseBuilder Case, string Code, bool Fires)> Edges = new()
    {
        ["fever 38.0 °C counts (neck stiffness)"] = (Adult().With(NeckStiffness).WithVitals(v => v with { TemperatureC = 38.0 }), "RED_MENINGISM_FEVER", true),
        ["fever 37.9 °C does not count"] = (Adult().With(NeckStiffness).WithVitals(v => v with { TemperatureC = 37.9 }), "RED_MENINGISM_FEVER", false),
        ["chest pain at 40 years: ACS"] = (Adult(40).With(ChestPain), "RED_ACS_SUSPECTED", true),
        ["chest pain at 39.9 years: no age feature"] = (Adult(39.9).With(ChestPain), "RED_ACS_SUSPECTED", false),
        ["chest pain, pulse 101: ACS"] = (Adult(25).With(ChestPain).WithVitals(v => v with { HeartRate = 101 }), "RED_ACS_SUSPECTED", true),
        ["chest pain, pulse 100: no"] = (Adult(25).With(ChestPain).WithVitals(v => v with { HeartRate = 100 }), "RED_ACS_SUSPECTED", false),
        ["chest pain, pulse 49: ACS"] = (Adult(25).With(ChestPain).WithVitals(v => v with { HeartRate = 49 }), "RED_ACS_SUSPECTED", true),
        ["chest pain, pulse 50: no"] = (Adult(25).With(ChestPain).WithVitals(v => v with { HeartRate = 50 }), "RED_ACS_SUSPECTED", false),
        ["chest pain, systolic 89: ACS"] = (Adult(25).With(ChestPain).WithVitals(v => v with { SystolicBp = 89, DiastolicBp = 50 }), "RED_ACS_SUSPECTED", true),
        ["chest pain, systolic 90: no"] = (Adult(25).With(ChestPain).WithVitals(v => v with { SystolicBp = 90, DiastolicBp = 50 }), "RED_ACS_SUSPECTED", false),
        ["chest pain, SpO2 93: ACS"] = (Adult(25).With(ChestPain).WithVitals(v => v with { Spo2Percent = 93 }), "RED_ACS_SUSPECTED", true),
        ["chest pain, SpO2 94: no"] = (Adult(25).With(ChestPain).WithVitals(v => v with { Spo2Percent = 94 }), "RED_ACS_SUSPECTED", false),
        ["face swelling, systolic 89: anaphylaxis"] = (Adult().With(SwellingFaceOrTongue).WithVitals(v => v with { SystolicBp = 89, DiastolicBp = 50 }), "RED_ANAPHYLAXIS", true),
        ["face swelling, systolic 90: no"] = (Adult().With(SwellingFaceOrTongue).WithVitals(v => v with { SystolicBp = 90, DiastolicBp = 50 }), "RED_ANAPHYLAXIS", false),
        ["qSOFA: RR 22 and systolic 100"] = (Adult().With(Fever).WithVitals(v => v with { RespiratoryRate = 22, SystolicBp = 100 }), "RED_SEPSIS_QSOFA", true),
        ["qSOFA: RR 21 and systolic 100 is one point"] = (Adult().With(Fever).WithVitals(v => v with { RespiratoryRate = 21, SystolicBp = 100 }), "RED_SEPSIS_QSOFA", false),
        ["qSOFA: RR 22 and systolic 101 is one point"] = (Adult().With(Fever).WithVitals(v => v with { RespiratoryRate = 22, SystolicBp = 101 }), "RED_SEPSIS_QSOFA", false),
        ["qSOFA: new confusion and RR 22"] = (Adult().With(Fever).WithVitals(v => v with { RespiratoryRate = 22, Consciousness = Consciousness.NewConfusion }), "RED_SEPSIS_QSOFA", true),
        ["sepsis: fever with NEWS2 5"] = (Adult().With(Fever).WithVitals(v => v with { RespiratoryRate = 21, HeartRate = 111, TemperatureC = 38.5 }), "RED_SEPSIS_NEWS2", true),
        ["sepsis: fever with NEWS2 4"] = (Adult().With(Fever).WithVitals(v => v with { RespiratoryRate = 21, HeartRate = 110, TemperatureC = 38.5 }), "RED_SEPSIS_NEWS2", false),
        ["glucose 2.9: hypoglycaemia"] = (Adult().WithVitals(v => v with { BloodGlucoseMmolL = 2.9 }), "RED_HYPOGLYCAEMIA", true),
        ["glucose 3.0: no"] = (Adult().WithVitals(v => v with { BloodGlucoseMmolL = 3.0 }), "RED_HYPOGLYCAEMIA", false),
        ["glucose 20.1 with vomiting: hyperglycaemia"] = (Adult().With(Vomiting).WithVitals(v => v with { BloodGlucoseMmolL = 20.1 }), "RED_HYPERGLYCAEMIA", true),
        ["glucose 20.0 with vomiting: no"] = (Adult().With(Vomiting).WithVitals(v => v with { BloodGlucoseMmolL = 20.0 }), "RED_HYPERGLYCAEMIA", false),
        ["adult 140/80: raised"] = (Adult().WithVitals(v => v with { SystolicBp = 140 }), "ADULT_HYPERTENSION", true),
        ["adult 139/89: normal"] = (Adult().WithVitals(v => v with { SystolicBp = 139, DiastolicBp = 89 }), "ADULT_HYPERTENSION", false),
        ["adult 125/90: raised"] = (Adult().WithVitals(v => v with { DiastolicBp = 90 }), "ADULT_HYPERTENSION", true),
        ["adult 180/100: severe"] = (Adult().WithVitals(v => v with { SystolicBp = 180, DiastolicBp = 100 }), "ADULT_HYPERTENSION_SEVERE", true),
        ["adult 179/119: not severe"] = (Adult().WithVitals(v => v with { SystolicBp = 179, DiastolicBp = 119 }), "ADULT_HYPERTENSION_SEVERE", false),
        ["adult 170/120: severe"] = (Adult().WithVitals(v => v with { SystolicBp = 170, DiastolicBp = 120 }), "ADULT_HYPERTENSION_SEVERE", true),
        ["child SpO2 89: hypoxaemia"] = (Child(2).WithVitals(v => v with { Spo2Percent = 89 }), "PAED_HYPOXAEMIA", true),
        ["child SpO2 90: no"] = (Child(2).WithVitals(v => v with { Spo2Percent = 90 }), "PAED_HYPOXAEMIA", false),
        ["1 month, RR 60: fast"] = (Child(1.0 / 12).WithVitals(v => v with { RespiratoryRate = 60 }), "PAED_FAST_BREATHING", true),
        ["1 month, RR 59: no"] = (Child(1.0 / 12).WithVitals(v => v with { RespiratoryRate = 59 }), "PAED_FAST_BREATHING", false),
        ["2 months, RR 50: fast"] = (Child(2.0 / 12).WithVitals(v => v with { RespiratoryRate = 50 }), "PAED_FAST_BREATHING", true),
        ["11 months, RR 49: no"] = (Child(11.0 / 12).WithVitals(v => v with { RespiratoryRate = 49 }), "PAED_FAST_BREATHING", false),
        ["12 months, RR 40: fast"] = (Child(1).WithVitals(v => v with { RespiratoryRate = 40 }), "PAED_FAST_BREATHING", true),
        ["4 years, RR 39: no"] = (Child(4.9).WithVitals(v => v with { RespiratoryRate = 39 }), "PAED_FAST_BREATHING", false),
        ["newborn, systolic 59: hypotension"] = (Child(0.05).WithVitals(v => v with { SystolicBp = 59, DiastolicBp = 30 }), "PAED_HYPOTENSION", true),
        ["newborn, systolic 60: no"] = (Child(0.05).WithVitals(v => v with { SystolicBp = 60, DiastolicBp = 30 }), "PAED_HYPOTENSION", false),
        ["6 months, systolic 69: hypotension"] = (Child(0.5).WithVitals(v => v with { SystolicBp = 69, DiastolicBp = 30 }), "PAED_HYPOTENSION", true),
        ["6 months, systolic 70: no"] = (Child(0.5).WithVitals(v => v with { SystolicBp = 70, DiastolicBp = 30 }), "PAED_HYPOTENSION", false),
        ["4 years, systolic 77: hypotension"] = (Child(4).WithVitals(v => v with { SystolicBp = 77, DiastolicBp = 40 }), "PAED_HYPOTENSION", true),
        ["4 years, systolic 78: no"] = (Child(4).WithVitals(v => v with { SystolicBp = 78, DiastolicBp = 40 }), "PAED_HYPOTENSION", false),
        ["12 years, systolic 89: hypotension"] = (Child(12).WithVitals(v => v with { SystolicBp = 89, DiastolicBp = 50 }), "PAED_HYPOTENSION", true),
        ["12 years, systolic 90: no"] = (Child(12).WithVitals(v => v with { SystolicBp = 90, DiastolicBp = 50 }), "PAED_HYPOTENSION", false),
        ["2.9 months, 38.0 °C: young infant fever"] = (Child(2.9 / 12).WithVitals(v => v with { TemperatureC = 38.0 }), "PAED_FEVER_YOUNG_INFANT", true),
        ["3 months, 38.0 °C: no longer a young infant"] = (Child(3.0 / 12).WithVitals(v => v with { TemperatureC = 38.0 }), "PAED_FEVER_YOUNG_INFANT", false),
        ["1 month, 37.9 °C: no fever"] = (Child(1.0 / 12).WithVitals(v => v with { TemperatureC = 37.9 }), "PAED_FEVER_YOUNG_INFANT", false),
        ["4 months, 39.0 °C: high fever"] = (Child(4.0 / 12).WithVitals(v => v with { TemperatureC = 39.0 }), "PAED_HIGH_FEVER_INFANT", true),
        ["4 months, 38.9 °C: no"] = (Child(4.0 / 12).WithVitals(v => v with { TemperatureC = 38.9 }), "PAED_HIGH_FEVER_INFANT", false),
        ["6 months, 39.5 °C: past the 3-6 month band"] = (Child(0.5).WithVitals(v => v with { TemperatureC = 39.5 }), "PAED_HIGH_FEVER_INFANT", false),
        ["child 35.4 °C: hypothermia"] = (Child(0.1).WithVitals(v => v with { TemperatureC = 35.4 }), "PAED_HYPOTHERMIA", true),
        ["child 35.5 °C: no"] = (Child(0.1).WithVitals(v => v with { TemperatureC = 35.5 }), "PAED_HYPOTHERMIA", false),
        ["pregnant 160/90: severe"] = (Pregnant().WithVitals(v => v with { SystolicBp = 160, DiastolicBp = 90 }), "OBS_SEVERE_HYPERTENSION", true),
        ["pregnant 159/109: not severe"] = (Pregnant().WithVitals(v => v with { SystolicBp = 159, DiastolicBp = 109 }), "OBS_SEVERE_HYPERTENSION", false),
        ["pregnant 130/110: severe"] = (Pregnant().WithVitals(v => v with { SystolicBp = 130, DiastolicBp = 110 }), "OBS_SEVERE_HYPERTENSION", true),
        ["pregnant 140/80: hypertensive"] = (Pregnant().WithVitals(v => v with { SystolicBp = 140, DiastolicBp = 80 }), "OBS_HYPERTENSION", true),
        ["pregnant 139/89: no"] = (Pregnant().WithVitals(v => v with { SystolicBp = 139, DiastolicBp = 89 }), "OBS_HYPERTENSION", false),
        ["pregnant 120/90: hypertensive"] = (Pregnant().WithVitals(v => v with { SystolicBp = 120, DiastolicBp = 90 }), "OBS_HYPERTENSION", true),
        ["pregnant 139/89 with headache: no pre-eclampsia"] = (Pregnant().With(Headache).WithVitals(v => v with { SystolicBp = 139, DiastolicBp = 89 }), "OBS_PRE_ECLAMPSIA_SYMPTOMS", false),
        ["labour at 36 weeks: preterm"] = (Pregnant(36).With(LabourPain), "OBS_PRETERM_LABOUR", true),
        ["labour at 37 weeks: term"] = (Pregnant(37).With(LabourPain), "OBS_LABOUR_AT_TERM", true),
        ["labour at 37 weeks: not preterm"] = (Pregnant(37).With(LabourPain), "OBS_PRETERM_LABOUR", false),
    };

    public static TheoryData<string> Names => [.. Edges.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_threshold_fires_on_its_side_of_the_edge_only(string name)
    {
        var (clinicalCase, code, fires) = Edges[name];

        var codes = Engines.Default.Assess(clinicalCase.Build()).Reasons.Select(r => r.Code);

        Assert.Equal(fires, codes.Contains(code));
    }

    public static TheoryData<int> BandIndexes => [.. Enumerable.Range(0, PaediatricVitalBands.Table.Count)];

    /// <summary>Each age band of <see cref="PaediatricVitalBands"/> at its youngest and oldest age, one step either side of each rate limit.</summary>
    [Theory]
    [MemberData(nameof(BandIndexes))]
    public void Each_paediatric_band_applies_its_limits_across_the_whole_band(int index)
    {
        var band = PaediatricVitalBands.Table[index];
        var youngest = index == 0 ? 0.0 : PaediatricVitalBands.Table[index - 1].UpToMonths;
        foreach (var ageMonths in new[] { youngest, band.UpToMonths - 0.01 })
        {
            var child = Child(ageMonths / 12);
            Assert.True(Fires(child, v => v with { RespiratoryRate = band.FastBreathingFrom }, "PAED_FAST_BREATHING"));
            Assert.False(Fires(child, v => v with { RespiratoryRate = band.FastBreathingFrom - 1 }, "PAED_FAST_BREATHING"));
            Assert.True(Fires(child, v => v with { RespiratoryRate = band.SlowBreathingBelow - 1 }, "PAED_SLOW_BREATHING"));
            Assert.False(Fires(child, v => v with { RespiratoryRate = band.SlowBreathingBelow }, "PAED_SLOW_BREATHING"));
            Assert.True(Fires(child, v => v with { HeartRate = band.HeartRateAbove + 1 }, "PAED_HEART_RATE_ABNORMAL"));
            Assert.False(Fires(child, v => v with { HeartRate = band.HeartRateAbove }, "PAED_HEART_RATE_ABNORMAL"));
            Assert.True(Fires(child, v => v with { HeartRate = band.HeartRateBelow - 1 }, "PAED_HEART_RATE_ABNORMAL"));
            Assert.False(Fires(child, v => v with { HeartRate = band.HeartRateBelow }, "PAED_HEART_RATE_ABNORMAL"));
        }
    }

    [Fact]
    public void The_bands_reach_the_adult_age_so_every_child_has_one() =>
        Assert.Equal(16 * 12, PaediatricVitalBands.Table[^1].UpToMonths);

    private static bool Fires(CaseBuilder child, Func<Cases.VitalSigns, Cases.VitalSigns> change, string code) =>
        Engines.Default.Assess(child.WithVitals(change).Build()).Reasons.Any(r => r.Code == code);
}
