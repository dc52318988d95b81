using Microsoft.Playwright;
using Triage.Contracts.V1;
using Triage.Testing;
using static Microsoft.Playwright.Assertions;

namespace Triage.EndToEnd.Tests;

/// <summary>The gateway restarts while a specialist reads a case: the console says so, reconnects and catches up.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ReconnectTests(ConsoleFixture fixture)
{
    /// <summary>The console retries at most every 10 s; a restart on a loaded machine adds a few more.</summary>
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = 45_000 };

    [Fact]
    public async Task After_a_restart_the_banner_shows_and_the_missed_messages_appear_in_order()
    {
        await using var browser = await fixture.LaunchAsync();
        var page = await ConsolePages.SignInAsync(browser, ConsoleFixture.SpecialistA);
        ConsultScenes.Consult consult;
        await using (var colleague = await SpecialistClient.ConnectAsync(fixture.Host, ConsoleFixture.SpecialistB))
        {
            consult = await ConsultScenes.OpenCaseAsync(page, fixture.Host, colleague, SampleCases.EmergencyAdult());
        }

        await page.ClickAsync("#claim");
        await Expect(page.Locator("#conclude-form")).ToBeVisibleAsync();
        var banner = page.Locator("#link-banner");
        await Expect(banner).ToBeHiddenAsync();

        await fixture.Host.StopAsync();
        await Expect(banner).ToBeVisibleAsync(Visible);
        await Expect(banner).Not.ToBeEmptyAsync();
        // Held off the hub until the messages below are stored, so they can only reach the page by catching up.
        await page.RouteAsync("**/hubs/consult/negotiate**", route => route.AbortAsync());
        await fixture.Host.RestartAsync();
        string[] missed = ["First: she fainted again.", "Second: pulse now 130.", "Third: the ambulance is here."];
        foreach (var text in missed)
        {
            await fixture.Host.Teleconsult.SendConsultMessageAsync(new SendConsultMessageRequest { CaseId = consult.CaseId, Text = text, ClientMessageId = Guid.NewGuid().ToString() });
        }

        await page.UnrouteAllAsync(new() { Behavior = UnrouteBehavior.Wait });
        await Expect(banner).ToBeHiddenAsync(new() { Timeout = Visible.Timeout });
        var messages = page.Locator("#conversation li.message p");
        await Expect(messages).ToHaveTextAsync(missed, new() { Timeout = 20_000 });
        await ConsolePages.ScreenshotAsync(page, "case-after-reconnect");

        await page.FillAsync("#icd10", "R55");
        await page.FillAsync("#diagnosis", "Syncope");
        await page.FillAsync("#plan", "Transfer by ambulance.");
        await page.ClickAsync("#conclude-form button[type=submit]");
        await Expect(page.Locator("#conclusion")).ToContainTextAsync("R55");
    }
}
