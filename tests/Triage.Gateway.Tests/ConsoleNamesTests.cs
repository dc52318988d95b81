using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Rules;
using Triage.Testing;

namespace Triage.Gateway.Tests;

/// <summary>The console's words for the engine's codes come from the engine, in the language asked for.</summary>
public sealed class ConsoleNamesTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>, IDisposable
{
    private readonly HttpClient http = new();

    public void Dispose() => http.Dispose();

    [Theory]
    [InlineData("kk", "RED_SEPSIS_QSOFA", "Сепсиске күдік (qSOFA)", "consciousness", "сана деңгейі (ACVPU)")]
    [InlineData("ru", "RED_SEPSIS_QSOFA", "Подозрение на сепсис (qSOFA)", "consciousness", "уровень сознания (ACVPU)")]
    [InlineData("en", "RED_SEPSIS_QSOFA", "Suspected sepsis (qSOFA)", "consciousness", "level of consciousness (ACVPU)")]
    public async Task Every_rule_and_vital_sign_has_a_name_in_the_language_asked_for(string language, string rule, string ruleName, string vital, string vitalName)
    {
        using var response = await GetAsync($"/console/names?lang={language}", gateway.Host.IssueToken("SP-ZHA-IM-01", "specialist"));
        var names = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<Names>();

        Assert.Equal(ruleName, names!.Rules[rule]);
        Assert.Equal(vitalName, names.Vitals[vital]);
        Assert.Equal(ClinicalRules.All.Select(r => r.Code).Distinct().Order(), names.Rules.Keys.Order());
        Assert.Equal(VitalSignCatalogue.All.Select(s => s.Field).Order(), names.Vitals.Keys.Order());
        Assert.All(names.Rules.Concat(names.Vitals), name => Assert.NotEqual(name.Key, name.Value));
    }

    [Fact]
    public async Task The_console_gets_every_vital_sign_it_shows_with_its_json_name_news2_score_label_and_unit()
    {
        using var response = await GetAsync("/console/names?lang=en", gateway.Host.IssueToken("SP-ZHA-IM-01", "specialist"));
        var signs = (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["vitalSigns"]!.AsArray();

        Assert.Equal(VitalSignCatalogue.All.Select(s => s.Field), signs.Select(s => (string?)s!["field"]));
        var rate = signs.Single(s => (string?)s!["field"] == "respiratory_rate")!;
        Assert.Equal(("respiratoryRate", "respirationRateScore"), ((string?)rate["key"], (string?)rate["news2Score"]));
        Assert.Equal(("Respiration rate", "Частота дыхания", "/мин"), ((string?)rate["label"]!["en"], (string?)rate["label"]!["ru"], (string?)rate["unit"]!["kk"]));
    }

    [Fact]
    public async Task Names_need_a_signed_in_user_and_a_supported_language()
    {
        using var anonymous = await GetAsync("/console/names?lang=ru", token: null);
        using var unknown = await GetAsync("/console/names?lang=de", gateway.Host.IssueToken("SP-ZHA-IM-01", "specialist"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task The_incomplete_NEWS2_finding_names_what_was_not_measured_in_the_case_s_language()
    {
        var report = SampleCases.HealthyAdult(c => (c.Language, c.Vitals.Consciousness) = ("ru", Consciousness.Unspecified));

        var result = (await gateway.Host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report })).Result;

        Assert.Equal(["consciousness"], result.MissingVitals);
        Assert.Equal("NEWS2 неполный, не измерено: уровень сознания (ACVPU). Измерьте эти показатели: истинный балл может быть выше.",
            result.Reasons.Single(r => r.Code == "NEWS2_INCOMPLETE").Text);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(gateway.Host.WebAddress, path));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request);
    }

    private sealed record Names(Dictionary<string, string> Rules, Dictionary<string, string> Vitals);
}
