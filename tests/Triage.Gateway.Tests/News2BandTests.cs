using Triage.Contracts.V1;
using Triage.Testing;

namespace Triage.Gateway.Tests;

/// <summary>
/// The aggregate bands of RCP NEWS2 2017 (chart 2) end to end: 0–4 low, a single 3 low-medium, 5–6 medium,
/// 7 or more high, and the referral floor each sets.
/// </summary>
public sealed class News2BandTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    public static TheoryData<string, int, ClinicalRisk, ReferralLevel> Bands => new()
    {
        { "all normal", 0, ClinicalRisk.Low, ReferralLevel.TreatLocally },
        { "RR 21, pulse 91, temp 38.1", 4, ClinicalRisk.Low, ReferralLevel.TreatLocally },
        { "RR 8 alone", 3, ClinicalRisk.LowMedium, ReferralLevel.UrgentReferral },
        { "new confusion alone", 3, ClinicalRisk.LowMedium, ReferralLevel.UrgentReferral },
        { "RR 21, pulse 91, temp 38.1, systolic 110", 5, ClinicalRisk.Medium, ReferralLevel.UrgentReferral },
        { "RR 21, pulse 111, temp 39.1", 6, ClinicalRisk.Medium, ReferralLevel.UrgentReferral },
        { "RR 21, pulse 111, temp 39.1, systolic 110", 7, ClinicalRisk.High, ReferralLevel.Emergency },
        { "RR 25, SpO2 91, systolic 90", 9, ClinicalRisk.High, ReferralLevel.Emergency },
    };

    [Theory]
    [MemberData(nameof(Bands))]
    public async Task Each_NEWS2_band_sets_its_risk_and_referral_floor(string vitals, int total, ClinicalRisk risk, ReferralLevel floor)
    {
        var report = SampleCases.HealthyAdult(Apply[vitals]);

        var result = (await gateway.Host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report })).Result;

        Assert.Equal(total, result.News2.Total);
        Assert.Equal(risk, result.News2.ClinicalRisk);
        Assert.Equal(floor, result.RuleLevel);
        Assert.True(result.ReferralLevel >= floor, $"{result.ReferralLevel} is below the rules' floor {floor}");
        Assert.Equal(total >= 7, result.RedFlags.Contains("NEWS2_HIGH"));
    }

    [Fact]
    public async Task NEWS2_does_not_apply_to_children_or_in_pregnancy()
    {
        var child = SampleCases.HealthyAdult(c => c.Patient.AgeYears = 15.9);
        var pregnant = SampleCases.HealthyAdult(c => (c.Patient.Pregnant, c.Patient.GestationWeeks) = (true, 30));

        foreach (var report in new[] { child, pregnant })
        {
            var result = (await gateway.Host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report })).Result;
            Assert.Null(result.News2);
            Assert.Contains(result.Reasons, r => r.Code == "NEWS2_NOT_APPLICABLE");
        }
    }

    private static readonly Dictionary<string, Action<CaseReport>> Apply = new()
    {
        ["all normal"] = _ => { },
        ["RR 21, pulse 91, temp 38.1"] = c => (c.Vitals.RespiratoryRate, c.Vitals.HeartRate, c.Vitals.TemperatureC) = (21, 91, 38.1),
        ["RR 8 alone"] = c => c.Vitals.RespiratoryRate = 8,
        ["new confusion alone"] = c => c.Vitals.Consciousness = Consciousness.NewConfusion,
        ["RR 21, pulse 91, temp 38.1, systolic 110"] = c =>
            (c.Vitals.RespiratoryRate, c.Vitals.HeartRate, c.Vitals.TemperatureC, c.Vitals.SystolicBp) = (21, 91, 38.1, 110),
        ["RR 21, pulse 111, temp 39.1"] = c => (c.Vitals.RespiratoryRate, c.Vitals.HeartRate, c.Vitals.TemperatureC) = (21, 111, 39.1),
        ["RR 21, pulse 111, temp 39.1, systolic 110"] = c =>
            (c.Vitals.RespiratoryRate, c.Vitals.HeartRate, c.Vitals.TemperatureC, c.Vitals.SystolicBp) = (21, 111, 39.1, 110),
        ["RR 25, SpO2 91, systolic 90"] = c => (c.Vitals.RespiratoryRate, c.Vitals.Spo2Percent, c.Vitals.SystolicBp, c.Vitals.DiastolicBp) = (25, 91, 90, 60),
    };
}
