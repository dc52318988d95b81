using Microsoft.Playwright;
using Telemed.Hub.Consults;
using Triage.Testing;
using static Microsoft.Playwright.Assertions;

namespace Triage.EndToEnd.Tests.ClinicApp;

/// <summary>
/// A case queued while the gateway is down syncs by itself when it comes up; the gateway's result replaces the
/// terminal's; a specialist claims it and writes through the hub, the feldsher answers, sends a photo and new vital signs, and the
/// conclusion appears on the feldsher's page.
/// </summary>
public sealed class SyncAndConsultTests : IClassFixture<ClinicAppFixture>
{
    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";

    private readonly ClinicAppFixture fixture;

    public SyncAndConsultTests(ClinicAppFixture fixture) => this.fixture = fixture;

    [Fact]
    public async Task A_queued_emergency_syncs_when_the_gateway_comes_up_and_the_consult_runs_to_its_conclusion()
    {
        await using var browser = await fixture.LaunchAsync();
        var page = await browser.OpenAsync();
        await page.SelectOptionAsync("#language", "en");
        await page.FillAsync("#entry-patient-ref", "P-77");
        await page.FillAsync("#entry-age-years", "54");
        await page.SelectOptionAsync("#entry-sex", "MALE");
        await page.FillAsync("#entry-complaint", "Crushing chest pain for an hour");
        await page.FillAsync("#entry-respiratory-rate", "30");
        await page.FillAsync("#entry-spo2-percent", "88");
        await page.FillAsync("#entry-systolic-bp", "85");
        await page.FillAsync("#entry-heart-rate", "130");
        await page.SelectOptionAsync("#entry-consciousness", "VOICE");
        await page.CheckAsync("#symptom-CHEST_PAIN");
        await page.ClickAsync("#entry-save");
        await Expect(page.Locator("#result-source")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("local"));
        await Expect(page.Locator("#outbox-state")).ToHaveTextAsync("Queued");

        await fixture.StartGatewayAsync();
        await Expect(page.Locator("#result-source")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("gateway"), new() { Timeout = 20_000 });
        await Expect(page.Locator("#outbox-state")).ToHaveTextAsync("Acknowledged by the gateway");
        await Expect(page.Locator("#link")).ToHaveAttributeAsync("data-state", "Online");
        await Expect(page.Locator("#assessment .badge")).ToHaveTextAsync("Emergency");
        await Expect(page.Locator("#consult-state")).ToHaveTextAsync("Waiting for a specialist.");

        await using var specialist = await SpecialistClient.ConnectAsync(fixture.Gateway, ClinicAppFixture.Specialist);
        var consult = (await specialist.InvokeAsync<IReadOnlyList<ConsultSummary>>("GetQueue")).Single(c => c.ClinicId == SampleCases.KnownClinic);
        await specialist.InvokeAsync<ClaimOutcome>("Claim", consult.ConsultId);
        await Expect(page.Locator("#consult-state")).ToContainTextAsync($"Dr {ClinicAppFixture.Specialist}");
        await specialist.InvokeAsync<long>("SendMessage", consult.ConsultId, "Aspirin 300 mg to chew now; the ambulance is sent.", Guid.NewGuid().ToString());
        await Expect(page.Locator("#conversation")).ToContainTextAsync("Aspirin 300 mg to chew now");

        await page.FillAsync("#message-text", "Aspirin given at 10:40, pain unchanged.");
        await page.ClickAsync("#message-form button[type=submit]");
        await Expect(page.Locator("#conversation")).ToContainTextAsync("pain unchanged");
        var answer = await specialist.NextEventAsync(n => n.Kind == "Message" && n.EventJson!.Contains("pain unchanged"));
        Assert.Contains("FELDSHER", answer.EventJson);

        await page.SetInputFilesAsync("#photo-file", new FilePayload { Name = "wound.png", MimeType = "image/png", Buffer = Convert.FromBase64String(OnePixelPng) });
        await Expect(page.Locator("#attachments")).ToContainTextAsync("wound.png — received by the gateway");
        await specialist.NextEventAsync(n => n.Kind == "AttachmentAdded");

        await page.ClickAsync("#update-vitals summary");
        await page.FillAsync("#update-spo2-percent", "94");
        await page.FillAsync("#update-heart-rate", "112");
        await page.FillAsync("#update-respiratory-rate", "24");
        await page.ClickAsync("#update-form button[type=submit]");
        await specialist.NextEventAsync(n => n.Kind == "Retriaged");
        await Expect(page.Locator("#conversation")).ToContainTextAsync("Vital signs updated");
        await ClinicPages.ScreenshotAsync(page, "clinic-consult");

        await specialist.InvokeAsync("Conclude", consult.ConsultId, new ConclusionRequest("EMERGENCY", "I21.9", "Acute myocardial infarction", "Evacuate to the regional cardiology centre."));
        await Expect(page.Locator("#conclusion")).ToContainTextAsync("I21.9");
        await Expect(page.Locator("#conclusion")).ToContainTextAsync("Evacuate to the regional cardiology centre.");
        await Expect(page.Locator("#consult-state")).ToHaveTextAsync("The specialist has concluded.");
    }
}
