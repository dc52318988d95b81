using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Rules;

namespace Triage.Engine.Tests.Clinical;

/// <summary>MEOWS trigger edges (Singh et al., Anaesthesia 2012; CEMACH 2007 chart), one parameter at a time.</summary>
public sealed class MeowsTriggerTests
{
    public static TheoryData<string, int, int> Edges => new()
    {
        // name (vital = value), red count, yellow count
        { "RR 31", 1, 0 }, { "RR 30", 0, 1 }, { "RR 21", 0, 1 }, { "RR 20", 0, 0 }, { "RR 10", 0, 0 }, { "RR 9", 1, 0 },
        { "SpO2 94", 1, 0 }, { "SpO2 95", 0, 0 },
        { "T 38.1", 1, 0 }, { "T 38.0", 0, 0 }, { "T 36.1", 0, 0 }, { "T 36.0", 0, 1 }, { "T 35.0", 0, 1 }, { "T 34.9", 1, 0 },
        { "SBP 161", 1, 0 }, { "SBP 160", 0, 1 }, { "SBP 150", 0, 1 }, { "SBP 149", 0, 0 },
        { "SBP 101", 0, 0 }, { "SBP 100", 0, 1 }, { "SBP 90", 0, 1 }, { "SBP 89", 1, 0 },
        { "DBP 101", 1, 0 }, { "DBP 100", 0, 1 }, { "DBP 90", 0, 1 }, { "DBP 89", 0, 0 },
        { "HR 121", 1, 0 }, { "HR 120", 0, 1 }, { "HR 100", 0, 1 }, { "HR 99", 0, 0 },
        { "HR 51", 0, 0 }, { "HR 50", 0, 1 }, { "HR 40", 0, 1 }, { "HR 39", 1, 0 },
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public void Each_parameter_triggers_at_its_published_edge(string vital, int red, int yellow)
    {
        var parts = vital.Split(' ');
        var value = double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        var normal = CaseBuilder.NormalPregnancyVitals;
        var vitals = parts[0] switch
        {
            "RR" => normal with { RespiratoryRate = (int)value },
            "SpO2" => normal with { Spo2Percent = (int)value },
            "T" => normal with { TemperatureC = value },
            "SBP" => normal with { SystolicBp = (int)value, DiastolicBp = 60 },
            "DBP" => normal with { DiastolicBp = (int)value },
            _ => normal with { HeartRate = (int)value },
        };

        Assert.Equal((red, yellow), (MeowsTriggers.Red(vitals), MeowsTriggers.Yellow(vitals)));
    }

    [Theory]
    [InlineData(Consciousness.Alert, 0, 0)]
    [InlineData(Consciousness.NewConfusion, 0, 1)]
    [InlineData(Consciousness.Voice, 0, 1)]
    [InlineData(Consciousness.Pain, 1, 0)]
    [InlineData(Consciousness.Unresponsive, 1, 0)]
    public void Consciousness_triggers_by_AVPU(Consciousness consciousness, int red, int yellow)
    {
        VitalSigns vitals = CaseBuilder.NormalPregnancyVitals with { Consciousness = consciousness };

        Assert.Equal((red, yellow), (MeowsTriggers.Red(vitals), MeowsTriggers.Yellow(vitals)));
    }
}
