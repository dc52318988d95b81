using Triage.Contracts.V1;
using Triage.Testing;

namespace Triage.Gateway.Tests;

/// <summary>The clinical rules through the real gateway: a red flag sets the level, the specialty and the texts.</summary>
public sealed class ClinicalRulesTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Severe_hypertension_in_pregnancy_is_an_obstetric_emergency_in_Kazakh()
    {
        var report = SampleCases.HealthyAdult(c =>
        {
            (c.Patient.Pregnant, c.Patient.GestationWeeks) = (true, 32);
            (c.Vitals.SystolicBp, c.Vitals.DiastolicBp) = (165, 112);
            c.Language = "kk";
        });

        var result = (await gateway.Host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report })).Result;

        Assert.Equal((ReferralLevel.Emergency, Specialty.Obstetrics), (result.ReferralLevel, result.Specialty));
        Assert.Contains("OBS_SEVERE_HYPERTENSION", result.RedFlags);
        Assert.Contains(result.Reasons, r => r.Code == "OBS_SEVERE_HYPERTENSION" && r.Text.Contains("165/112") && r.Weight == (int)ReferralLevel.Emergency);
        Assert.Equal(("kk", "COVERAGE_EMERGENCY"), (result.Language, result.Coverage.Code));
    }
}
