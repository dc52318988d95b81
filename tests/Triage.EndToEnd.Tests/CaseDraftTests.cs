using Google.Protobuf.WellKnownTypes;
using Microsoft.Playwright;
using Telemed.Hub.Consults;
using Triage.Contracts.V1;
using Triage.Testing;
using static Microsoft.Playwright.Assertions;

namespace Triage.EndToEnd.Tests;

/// <summary>What a specialist types on a case page survives whatever others push to the page meanwhile.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CaseDraftTests(ConsoleFixture fixture)
{
    private const string Message = "Is she still breathing fast?";
    private const string Plan = "Oxygen by mask, then transfer to the district hospital.";
    private const string Icd10 = "J18.9";
    private const string Diagnosis = "Severe pneumonia";

    /// <summary>Where the caret is left in the diagnosis: before its last word.</summary>
    private static readonly int Caret = Diagnosis.Length - "pneumonia".Length;

    [Fact]
    public async Task Typed_drafts_focus_and_caret_survive_a_message_new_vitals_and_claims_by_others()
    {
        await using var colleague = await SpecialistClient.ConnectAsync(fixture.Host, ConsoleFixture.SpecialistB);
        await using var browser = await fixture.LaunchAsync();
        var page = await ConsolePages.SignInAsync(browser, ConsoleFixture.SpecialistA);
        var report = SampleCases.EmergencyAdult();
        var consult = await ConsultScenes.OpenCaseAsync(page, fixture.Host, colleague, report);
        await page.ClickAsync("#claim");
        await Expect(page.Locator("#conclude-form")).ToBeVisibleAsync();

        // Key by key, as a person types, ending in the diagnosis with the caret moved back.
        await page.SelectOptionAsync("#final-level", "URGENT_REFERRAL");
        await page.Locator("#message-text").PressSequentiallyAsync(Message);
        await page.Locator("#plan").PressSequentiallyAsync(Plan);
        await page.Locator("#icd10").PressSequentiallyAsync(Icd10);
        await page.Locator("#diagnosis").PressSequentiallyAsync(Diagnosis);
        for (var i = Caret; i < Diagnosis.Length; i++)
        {
            await page.Keyboard.PressAsync("ArrowLeft");
        }

        // The feldsher writes and sends new vital signs; another specialist claims a new emergency.
        var teleconsult = fixture.Host.Teleconsult;
        await teleconsult.SendConsultMessageAsync(new SendConsultMessageRequest { CaseId = consult.CaseId, Text = "She is breathing 30 a minute now.", ClientMessageId = Guid.NewGuid().ToString() });
        await Expect(page.Locator("#conversation")).ToContainTextAsync("breathing 30 a minute");
        await teleconsult.UpdateVitalsAsync(new UpdateVitalsRequest
        {
            CaseId = consult.CaseId,
            RecordedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
            Vitals = new Vitals(report.Vitals) { RespiratoryRate = 30 },
        });
        await Expect(page.Locator("#history tbody tr")).ToHaveCountAsync(2);
        var other = await ConsultScenes.SubmitAsync(fixture.Host, colleague, SampleCases.EmergencyAdult());
        await colleague.InvokeAsync<ClaimOutcome>("Claim", other.ConsultId);
        // Pushes travel in order: once this last message shows, the claim and the new emergency reached the page too.
        await teleconsult.SendConsultMessageAsync(new SendConsultMessageRequest { CaseId = consult.CaseId, Text = "Ambulance called.", ClientMessageId = Guid.NewGuid().ToString() });
        await Expect(page.Locator("#conversation")).ToContainTextAsync("Ambulance called.");

        await Expect(page.Locator("#final-level")).ToHaveValueAsync("URGENT_REFERRAL");
        await Expect(page.Locator("#message-text")).ToHaveValueAsync(Message);
        await Expect(page.Locator("#plan")).ToHaveValueAsync(Plan);
        await Expect(page.Locator("#icd10")).ToHaveValueAsync(Icd10);
        await Expect(page.Locator("#diagnosis")).ToHaveValueAsync(Diagnosis);
        await Expect(page.Locator("#diagnosis")).ToBeFocusedAsync();
        Assert.Equal([Caret, Caret], await page.EvalOnSelectorAsync<int[]>("#diagnosis", "e => [e.selectionStart, e.selectionEnd]"));

        // Typing goes on where it stopped.
        await page.Keyboard.TypeAsync("community-acquired ");
        await page.ClickAsync("#conclude-form button[type=submit]");
        await Expect(page.Locator("#conclusion")).ToContainTextAsync("Severe community-acquired pneumonia");
        await ConsultScenes.ConcludeAsync(colleague, other.ConsultId, claimed: true);
    }
}
