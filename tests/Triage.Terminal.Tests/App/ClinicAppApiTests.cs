using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Triage.Contracts.V1;
using Triage.Engine;
using Triage.Engine.Localization;
using Triage.Engine.Model;
using Triage.Terminal.App;
using Triage.Terminal.App.Catalogue;
using Triage.Testing;
using Triage.Contracts;

namespace Triage.Terminal.Tests.App;

/// <summary>The clinic app's API on real Kestrel, with its terminal enrolled at a real gateway: words, bounds and who may read what.</summary>
public sealed class ClinicAppApiTests : IAsyncLifetime
{
    private static readonly Lazy<TriageEngine> Engine = new(() => TriageEngine.CreateDefault(model: OnnxRiskModel.LoadShipped()));

    private readonly TempFolder folder = new();
    private GatewayHost gateway = null!;
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        gateway = await GatewayHost.StartAsync();
        var settings = new ClinicAppSettings(new Uri($"http://127.0.0.1:{FreePort.Next()}"), folder.File("outbox.db"), SampleCases.KnownClinic,
            gateway.GrpcAddress, gateway.TerminalId, gateway.TerminalSecret, TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200), folder.File("attachments"));
        app = await ClinicAppHost.CreateAsync(settings, Engine.Value);
        await app.StartAsync();
        client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        client.DefaultRequestHeaders.Add("X-Triage-Clinic-App", "1");
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        await gateway.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public void Every_code_of_the_contract_the_form_offers_has_its_own_name_in_kazakh_russian_and_english()
    {
        var keys = Enum.GetValues<Symptom>().Where(s => s != Symptom.Unspecified).Select(s => $"Symptom_{WireName.Of(s)}")
            .Concat(Enum.GetValues<ChronicCondition>().Where(c => c != ChronicCondition.Unspecified).Select(c => $"Chronic_{WireName.Of(c)}"))
            .Concat(Enum.GetValues<PainScale>().Where(p => p != PainScale.Unspecified).Select(p => $"PainScale_{WireName.Of(p)}"))
            .Concat(Enum.GetValues<BodySystem>().Select(b => $"BodySystem_{Triage.Terminal.App.Catalogue.CodeNames.Upper(b)}"));
        var missing = keys.SelectMany(key => Languages.Supported.Where(language => !TextCatalog.Has(key, language)).Select(language => $"{key} ({language})")).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public async Task The_catalogue_lists_every_symptom_under_a_body_system_with_the_engines_bounds()
    {
        var catalogue = (await client.GetFromJsonAsync<JsonObject>("/api/catalogue"))!;
        var symptoms = catalogue["symptoms"]!.AsArray();
        Assert.Equal(Enum.GetValues<Symptom>().Length - 1, symptoms.Count);
        var cough = symptoms.Single(s => (string?)s!["code"] == "COUGH")!;
        Assert.Equal("Кашель", (string?)cough["names"]!["ru"]);
        Assert.Equal("Жөтел", (string?)cough["names"]!["kk"]);
        Assert.Equal("RESPIRATORY", (string?)cough["system"]);
        Assert.Equal(Triage.Engine.Cases.VitalSignCatalogue.HeartRate.Possible!.Max, (double)catalogue["bounds"]!["case.vitals.heart_rate"]!["max"]!);
    }

    [Fact]
    public async Task The_catalogue_gives_the_form_every_vital_sign_with_its_limits_and_words()
    {
        var signs = (await client.GetFromJsonAsync<JsonObject>("/api/catalogue"))!["vitalSigns"]!.AsArray();

        Assert.Equal(Triage.Engine.Cases.VitalSignCatalogue.All.Select(s => s.Path), signs.Select(s => (string?)s!["path"]));
        var glucose = signs.Single(s => (string?)s!["key"] == "bloodGlucoseMmolL")!;
        Assert.Equal(("Decimal", 0.1, 33.3), ((string?)glucose["scale"], (double)glucose["possible"]!["min"]!, (double)glucose["usual"]!["max"]!));
        Assert.Equal(("Қандағы глюкоза", "mmol/L"), ((string?)glucose["label"]!["kk"], (string?)glucose["unit"]!["en"]));
    }

    [Fact]
    public async Task A_case_of_another_clinic_cannot_be_reached_through_the_app_even_by_its_gateway_id()
    {
        var otherClinic = new Intake.IntakeClient(gateway.CallsAs(await gateway.EnrolTerminalAsync("KZ-ZHA-MER-01")));
        var stored = await otherClinic.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult(c => c.ClinicId = "KZ-ZHA-MER-01") });
        foreach (var id in new[] { stored.Result.CaseId, stored.Result.ClientCaseId })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/cases/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/cases/{id}/events")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/cases/{id}/messages", new { text = "hello", clientMessageId = Guid.NewGuid() })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/cases/{id}/call", null)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/cases/{id}/call/signals")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/cases/{id}/call/signals", new { callId = Guid.NewGuid(), kind = "OFFER", payload = "{}" })).StatusCode);
        }
    }

    [Fact]
    public async Task A_call_signal_of_an_unknown_kind_is_refused_by_name()
    {
        var response = await client.PostAsJsonAsync($"/api/cases/{Guid.NewGuid()}/call/signals", new { callId = Guid.NewGuid(), kind = "SHOUT", payload = "{}" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("malformed", (string?)body["error"]);
        Assert.Equal("kind must be OFFER, ANSWER, ICE_CANDIDATE or MODE.", (string?)body["detail"]);
    }

    [Fact]
    public async Task Requests_from_another_site_or_under_another_host_name_are_refused_and_the_secret_is_never_served()
    {
        using var plain = new HttpClient { BaseAddress = client.BaseAddress };
        Assert.Equal(HttpStatusCode.Forbidden, (await plain.PostAsJsonAsync("/api/sync", new { })).StatusCode);

        using var crossSite = new HttpRequestMessage(HttpMethod.Get, "/api/cases");
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        Assert.Equal(HttpStatusCode.Forbidden, (await plain.SendAsync(crossSite)).StatusCode);

        using var rebound = new HttpRequestMessage(HttpMethod.Get, "/api/cases");
        rebound.Headers.Host = "attacker.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await plain.SendAsync(rebound)).StatusCode);

        foreach (var path in new[] { "/", "/api/catalogue", "/api/link", "/api/cases" })
        {
            Assert.DoesNotContain(gateway.TerminalSecret, await plain.GetStringAsync(path));
        }
    }
}
