using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Wire;

namespace Triage.Engine.Tests.Clinical;

/// <summary>
/// Safety properties over many generated patients (fixed seed, so a failure reproduces): more findings never
/// make a case less urgent. A rule set that broke this would send a sicker patient home.
/// </summary>
public sealed class MonotonicityTests
{
    private const int Seed = 20261125;
    private const int Patients = 120;

    /// <summary>Moves one vital sign one step further from normal; null once it reaches the edge of what a report may carry.</summary>
    private delegate VitalSigns? Worsen(VitalSigns vitals);

    private static readonly Dictionary<string, Worsen> Worsenings = new()
    {
        ["respiratory rate up"] = v => v.RespiratoryRate < Max(VitalSignCatalogue.RespiratoryRate.Possible!) ? v with { RespiratoryRate = v.RespiratoryRate + 1 } : null,
        ["respiratory rate down"] = v => v.RespiratoryRate > Min(VitalSignCatalogue.RespiratoryRate.Possible!) ? v with { RespiratoryRate = v.RespiratoryRate - 1 } : null,
        ["SpO2 down"] = v => v.Spo2Percent > Min(VitalSignCatalogue.Spo2Percent.Possible!) ? v with { Spo2Percent = v.Spo2Percent - 1 } : null,
        ["systolic up"] = v => v.SystolicBp < Max(VitalSignCatalogue.SystolicBp.Possible!) - 1 ? v with { SystolicBp = v.SystolicBp + 2 } : null,
        ["systolic down"] = v => v.SystolicBp > Min(VitalSignCatalogue.SystolicBp.Possible!) + 1 ? v with { SystolicBp = v.SystolicBp - 2 } : null,
        ["diastolic up"] = v => v.DiastolicBp < Max(VitalSignCatalogue.DiastolicBp.Possible!) - 1 ? v with { DiastolicBp = v.DiastolicBp + 2 } : null,
        ["pulse up"] = v => v.HeartRate < Max(VitalSignCatalogue.HeartRate.Possible!) - 1 ? v with { HeartRate = v.HeartRate + 2 } : null,
        ["pulse down"] = v => v.HeartRate > Min(VitalSignCatalogue.HeartRate.Possible!) + 1 ? v with { HeartRate = v.HeartRate - 2 } : null,
        ["temperature up"] = v => v.TemperatureC < Max(VitalSignCatalogue.TemperatureC.Possible!) ? v with { TemperatureC = Math.Round(v.TemperatureC!.Value + 0.1, 1) } : null,
        ["temperature down"] = v => v.TemperatureC > Min(VitalSignCatalogue.TemperatureC.Possible!) ? v with { TemperatureC = Math.Round(v.TemperatureC!.Value - 0.1, 1) } : null,
        ["glucose up"] = v => v.BloodGlucoseMmolL < Max(VitalSignCatalogue.BloodGlucose.Possible!) - 0.4 ? v with { BloodGlucoseMmolL = Math.Round(v.BloodGlucoseMmolL!.Value + 0.5, 1) } : null,
        ["glucose down"] = v => v.BloodGlucoseMmolL > Min(VitalSignCatalogue.BloodGlucose.Possible!) ? v with { BloodGlucoseMmolL = Math.Round(v.BloodGlucoseMmolL!.Value - 0.1, 1) } : null,
        ["pain up"] = v => (v.PainScore ?? 0) < Max(VitalSignCatalogue.PainScore.Possible!) ? v with { PainScore = (v.PainScore ?? 0) + 1 } : null,
        ["consciousness down"] = v => v.Consciousness < Consciousness.Unresponsive ? v with { Consciousness = v.Consciousness + 1 } : null,
    };

    private static double Max(AllowedRange range) => range.Max;

    private static double Min(AllowedRange range) => range.Min;

    public static TheoryData<string> WorseningNames => [.. Worsenings.Keys];

    [Fact]
    public void Adding_any_symptom_never_lowers_the_level() =>
        AssertAddingNeverLowers(Enum.GetValues<Symptom>().Where(s => s != Symptom.Unspecified), (p, s) => p.With(s));

    [Fact]
    public void Adding_any_chronic_condition_never_lowers_the_level() =>
        AssertAddingNeverLowers(Enum.GetValues<ChronicCondition>().Where(c => c != ChronicCondition.Unspecified), (p, c) => p.WithCondition(c));

    [Theory]
    [MemberData(nameof(WorseningNames))]
    public void Worsening_a_vital_sign_step_by_step_never_lowers_the_level(string worsening)
    {
        var step = Worsenings[worsening];
        foreach (var patient in GeneratedPatients())
        {
            var current = patient;
            var level = Level(current);
            while (step(current.Vitals) is { } worse)
            {
                current = current with { Vitals = worse };
                var next = Level(current);
                Assert.True(next >= level, $"{worsening} to {worse} lowered {level} to {next} for {Describe(patient)}");
                level = next;
            }
        }
    }

    /// <summary>Adults, children and pregnant women with normal vital signs for their group and a few random findings.</summary>
    private static IEnumerable<CaseBuilder> GeneratedPatients()
    {
        var random = new Random(Seed);
        var symptoms = Enum.GetValues<Symptom>().Where(s => s != Symptom.Unspecified).ToArray();
        var conditions = Enum.GetValues<ChronicCondition>().Where(c => c != ChronicCondition.Unspecified).ToArray();
        for (var i = 0; i < Patients; i++)
        {
            var patient = (i % 3) switch
            {
                0 => CaseBuilder.Adult(16 + random.Next(80)),
                1 => CaseBuilder.Child(Math.Round(random.NextDouble() * 15.9, 2)),
                _ => CaseBuilder.Pregnant(random.Next(4) == 0 ? null : 8 + random.Next(34), 16 + random.Next(30)),
            };
            yield return patient
                .With(random.GetItems(symptoms, random.Next(3)))
                .WithCondition(random.GetItems(conditions, random.Next(2)))
                .WithVitals(v => v with { BloodGlucoseMmolL = 6.0 });
        }
    }

    private static void AssertAddingNeverLowers<T>(IEnumerable<T> findings, Func<CaseBuilder, T, CaseBuilder> add)
    {
        var all = findings.ToList();
        foreach (var patient in GeneratedPatients())
        {
            var before = Level(patient);
            foreach (var finding in all)
            {
                Assert.True(Level(add(patient, finding)) >= before, $"adding {finding} lowered the level of {Describe(patient)}");
            }
        }
    }

    private static ReferralLevel Level(CaseBuilder patient) => Engines.Default.Assess(patient.Build()).Level;

    private static string Describe(CaseBuilder patient) =>
        $"{patient.Patient} with [{string.Join(", ", patient.Symptoms)}] and [{string.Join(", ", patient.Conditions)}], {patient.Vitals}";
}
