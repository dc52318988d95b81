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
        await page.SelectOptionAsync("#language", "ru");
        await page.FillAsync("#entry-patient-ref", "П-0592");
        await page.FillAsync("#entry-age-years", "54");
        await page.SelectOptionAsync("#entry-sex", "MALE");
        await page.FillAsync("#entry-complaint", "Давящая боль за грудиной около часа, отдаёт в левую руку");
        await page.FillAsync("#entry-respiratory-rate", "30");
        await page.FillAsync("#entry-spo2-percent", "88");
        await page.FillAsync("#entry-systolic-bp", "85");
        await page.FillAsync("#entry-heart-rate", "130");
        await page.FillAsync("#entry-temperature-c", "36,9");
        await page.SelectOptionAsync("#entry-consciousness", "VOICE");
        await page.CheckAsync("#symptom-CHEST_PAIN");
        await page.ClickAsync("#entry-save");
        await Expect(page.Locator("#result-source")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("local"));
        await Expect(page.Locator("#outbox-state")).ToHaveTextAsync("В очереди");

        await fixture.StartGatewayAsync();
        await Expect(page.Locator("#result-source")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("gateway"), new() { Timeout = 20_000 });
        await Expect(page.Locator("#outbox-state")).ToHaveTextAsync("Принят сервером");
        await Expect(page.Locator("#link")).ToHaveAttributeAsync("data-state", "Online");
        await Expect(page.Locator("#assessment .badge")).ToHaveTextAsync("Экстренно");
        await Expect(page.Locator("#consult-state")).ToHaveTextAsync("Ждём специалиста.");

        await using var specialist = await SpecialistClient.ConnectAsync(fixture.Gateway, ClinicAppFixture.Specialist);
        var consult = (await specialist.InvokeAsync<IReadOnlyList<ConsultSummary>>("GetQueue")).Single(c => c.ClinicId == SampleCases.KnownClinic);
        await specialist.InvokeAsync<ClaimOutcome>("Claim", consult.ConsultId);
        await Expect(page.Locator("#consult-state")).ToHaveTextAsync($"Консультирует: {ClinicAppFixture.SpecialistName}");
        await specialist.InvokeAsync<long>("SendMessage", consult.ConsultId, "Дайте разжевать аспирин 300 мг. Скорая выехала, ждите.", Guid.NewGuid().ToString());
        await Expect(page.Locator("#conversation")).ToContainTextAsync("аспирин 300 мг");

        await page.FillAsync("#message-text", "Аспирин дан в 10:40, боль не уменьшилась.");
        await page.ClickAsync("#message-form button[type=submit]");
        await Expect(page.Locator("#conversation")).ToContainTextAsync("боль не уменьшилась");
        var answer = await specialist.NextEventAsync(n => n.Kind == "Message" && n.EventJson!.Contains("боль не уменьшилась"));
        Assert.Contains("FELDSHER", answer.EventJson);

        await page.SetInputFilesAsync("#photo-file", new FilePayload { Name = "препараты.png", MimeType = "image/png", Buffer = Convert.FromBase64String(OnePixelPng) });
        await Expect(page.Locator("#attachments")).ToContainTextAsync("препараты.png — получено сервером");
        await specialist.NextEventAsync(n => n.Kind == "AttachmentAdded");

        await page.ClickAsync("#update-vitals summary");
        await page.FillAsync("#update-spo2-percent", "94");
        await page.FillAsync("#update-heart-rate", "112");
        await page.FillAsync("#update-respiratory-rate", "24");
        await page.ClickAsync("#update-form button[type=submit]");
        await specialist.NextEventAsync(n => n.Kind == "Retriaged");
        await Expect(page.Locator("#conversation")).ToContainTextAsync("Показатели обновлены");
        await ClinicPages.ScreenshotAsync(page, "clinic-consult");

        await specialist.InvokeAsync("Conclude", consult.ConsultId, new ConclusionRequest("EMERGENCY", "I21.9", "Острый инфаркт миокарда", "Эвакуация в областной кардиологический центр."));
        await Expect(page.Locator("#conclusion")).ToContainTextAsync("I21.9");
        await Expect(page.Locator("#conclusion")).ToContainTextAsync("Эвакуация в областной кардиологический центр.");
        await Expect(page.Locator("#consult-state")).ToHaveTextAsync("Специалист дал заключение.");
    }
}
