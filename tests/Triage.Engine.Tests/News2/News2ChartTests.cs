using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.News2;

namespace Triage.Engine.Tests.News2;

/// <summary>Every band edge of RCP NEWS2 2017, chart 1: the last value of one band and the first of the next.</summary>
public sealed class News2ChartTests
{
    [Theory]
    [InlineData(0, 3), InlineData(8, 3), InlineData(9, 1), InlineData(11, 1), InlineData(12, 0), InlineData(20, 0)]
    [InlineData(21, 2), InlineData(24, 2), InlineData(25, 3), InlineData(80, 3)]
    public void Respiration_rate(int perMinute, int score) =>
        Assert.Equal(score, News2Calculator.Score(new VitalSigns(RespiratoryRate: perMinute)).RespirationRate);

    [Theory]
    [InlineData(50, 3), InlineData(91, 3), InlineData(92, 2), InlineData(93, 2), InlineData(94, 1), InlineData(95, 1), InlineData(96, 0), InlineData(100, 0)]
    public void SpO2_scale_1(int percent, int score)
    {
        var onAir = News2Calculator.Score(new VitalSigns(Spo2Percent: percent));
        var onOxygen = News2Calculator.Score(new VitalSigns(Spo2Percent: percent, OnSupplementalOxygen: true));

        Assert.Equal(score, onAir.Spo2);
        Assert.Equal(score, onOxygen.Spo2);
        Assert.Equal(1, onAir.Spo2Scale);
    }

    [Theory]
    [InlineData(83, false, 3), InlineData(84, false, 2), InlineData(85, false, 2), InlineData(86, false, 1), InlineData(87, false, 1)]
    [InlineData(88, false, 0), InlineData(92, false, 0), InlineData(93, false, 0), InlineData(100, false, 0)]
    [InlineData(83, true, 3), InlineData(88, true, 0), InlineData(92, true, 0), InlineData(93, true, 1), InlineData(94, true, 1)]
    [InlineData(95, true, 2), InlineData(96, true, 2), InlineData(97, true, 3), InlineData(100, true, 3)]
    public void SpO2_scale_2_for_hypercapnic_respiratory_failure(int percent, bool onOxygen, int score)
    {
        var news2 = News2Calculator.Score(new VitalSigns(Spo2Percent: percent, OnSupplementalOxygen: onOxygen, HypercapnicRespiratoryFailure: true));

        Assert.Equal(score, news2.Spo2);
        Assert.Equal(2, news2.Spo2Scale);
    }

    [Theory]
    [InlineData(false, 0), InlineData(true, 2)]
    public void Air_or_oxygen(bool onOxygen, int score) =>
        Assert.Equal(score, News2Calculator.Score(new VitalSigns(OnSupplementalOxygen: onOxygen)).AirOrOxygen);

    [Theory]
    [InlineData(40, 3), InlineData(90, 3), InlineData(91, 2), InlineData(100, 2), InlineData(101, 1), InlineData(110, 1)]
    [InlineData(111, 0), InlineData(219, 0), InlineData(220, 3), InlineData(300, 3)]
    public void Systolic_blood_pressure(int mmHg, int score) =>
        Assert.Equal(score, News2Calculator.Score(new VitalSigns(SystolicBp: mmHg)).SystolicBp);

    [Theory]
    [InlineData(20, 3), InlineData(40, 3), InlineData(41, 1), InlineData(50, 1), InlineData(51, 0), InlineData(90, 0)]
    [InlineData(91, 1), InlineData(110, 1), InlineData(111, 2), InlineData(130, 2), InlineData(131, 3), InlineData(300, 3)]
    public void Pulse(int perMinute, int score) =>
        Assert.Equal(score, News2Calculator.Score(new VitalSigns(HeartRate: perMinute)).Pulse);

    [Theory]
    [InlineData(Consciousness.Alert, 0), InlineData(Consciousness.NewConfusion, 3), InlineData(Consciousness.Voice, 3)]
    [InlineData(Consciousness.Pain, 3), InlineData(Consciousness.Unresponsive, 3)]
    public void Consciousness_new_confusion_scores_like_voice_pain_unresponsive(Consciousness level, int score) =>
        Assert.Equal(score, News2Calculator.Score(new VitalSigns(Consciousness: level)).Consciousness);

    [Theory]
    [InlineData(25.0, 3), InlineData(35.0, 3), InlineData(35.1, 1), InlineData(36.0, 1), InlineData(36.1, 0), InlineData(38.0, 0)]
    [InlineData(38.1, 1), InlineData(39.0, 1), InlineData(39.1, 2), InlineData(45.0, 2)]
    [InlineData(35.04, 3), InlineData(35.05, 1), InlineData(38.04, 0), InlineData(38.05, 1)]
    public void Temperature_read_to_one_decimal(double celsius, int score) =>
        Assert.Equal(score, News2Calculator.Score(new VitalSigns(TemperatureC: celsius)).Temperature);

    [Fact]
    public void Parameters_not_measured_score_nothing_and_are_named()
    {
        var news2 = News2Calculator.Score(new VitalSigns(HeartRate: 135));

        Assert.Equal(3, news2.Total);
        Assert.Equal(["respiratory_rate", "spo2_percent", "systolic_bp", "consciousness", "temperature_c"], news2.MissingParameters);
        Assert.Null(news2.RespirationRate);
    }

    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0 }, ClinicalRisk.Low)]
    [InlineData(new[] { 2, 1, 0, 1, 0, 0, 0 }, ClinicalRisk.Low)]
    [InlineData(new[] { 3, 0, 0, 0, 0, 0, 0 }, ClinicalRisk.LowMedium)]
    [InlineData(new[] { 0, 0, 0, 0, 0, 3, 1 }, ClinicalRisk.LowMedium)]
    [InlineData(new[] { 2, 1, 2, 0, 0, 0, 0 }, ClinicalRisk.Medium)]
    [InlineData(new[] { 3, 0, 0, 0, 2, 0, 1 }, ClinicalRisk.Medium)]
    [InlineData(new[] { 2, 2, 2, 1, 0, 0, 0 }, ClinicalRisk.High)]
    public void Aggregate_bands_of_chart_2(int[] scores, ClinicalRisk risk)
    {
        var news2 = new News2Score(scores[0], scores[1], scores[2], scores[3], scores[4], scores[5], scores[6], Spo2Scale: 1, MissingParameters: []);

        Assert.Equal(scores.Sum(), news2.Total);
        Assert.Equal(scores.Contains(3), news2.RedScore);
        Assert.Equal(risk, news2.ClinicalRisk);
    }
}
