using Triage.Terminal.Outbox;
using Triage.Testing;
using static Microsoft.Playwright.Assertions;

namespace Triage.EndToEnd.Tests.ClinicApp;

/// <summary>A case the gateway refuses for good is shown as refused with the gateway's reason, and holds up nothing else.</summary>
public sealed class RefusedCaseTests : IClassFixture<ClinicAppFixture>
{
    private readonly ClinicAppFixture fixture;

    public RefusedCaseTests(ClinicAppFixture fixture) => this.fixture = fixture;

    [Fact]
    public async Task A_case_queued_from_the_command_line_with_a_mistyped_clinic_is_listed_as_refused_with_the_reason_and_the_next_case_goes_through()
    {
        // The command line shares the app's outbox: a case file with a clinic id the gateway does not know.
        await using (var outbox = await CaseOutbox.OpenAsync(fixture.OutboxPath))
        {
            await outbox.EnqueueAsync(SampleCases.HealthyAdult(c => (c.ClinicId, c.Patient.PatientRef) = ("KZ-ZHA-KOR-10", "П-3051")));
        }

        await using var browser = await fixture.LaunchAsync();
        var page = await browser.OpenAsync();
        await page.SelectOptionAsync("#language", "ru");
        await page.FillAsync("#entry-patient-ref", "П-3052");
        await page.FillAsync("#entry-age-years", "45");
        await page.FillAsync("#entry-complaint", "Болит горло второй день");
        await page.ClickAsync("#entry-save");
        await Expect(page.Locator("#outbox-state")).ToHaveTextAsync("В очереди");

        await page.ClickAsync("#nav-outbox");
        var refused = page.Locator("#outbox-table tbody tr", new() { HasText = "П-3051" });
        await Expect(refused.Locator("td.state")).ToHaveTextAsync("В очереди");
        await fixture.StartGatewayAsync();
        await Expect(refused.Locator("td.state")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Отклонён: .*clinic_id"), new() { Timeout = 20_000 });
        await Expect(page.Locator("#outbox-table tbody tr", new() { HasText = "П-3052" }).Locator("td.state")).ToHaveTextAsync("Принят сервером");
        await Expect(page.Locator("#outbox-counts")).ToHaveTextAsync("В очереди: 0, отправлено: 0, принято: 1, отклонено: 1");
        await Expect(page.Locator("#link")).ToHaveTextAsync("● Связь с сервером есть");
    }
}
