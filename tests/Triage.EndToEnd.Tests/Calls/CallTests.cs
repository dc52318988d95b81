using Microsoft.AspNetCore.SignalR;
using Microsoft.Playwright;
using Telemed.Hub.Calls;
using Telemed.Hub.Consults;
using Triage.Testing;
using static Microsoft.Playwright.Assertions;

namespace Triage.EndToEnd.Tests.Calls;

/// <summary>
/// A call between the feldsher's clinic app and the specialist's console, in two real browsers with fake cameras:
/// rung through the consult's events, signalled through the hub and the terminal, media flowing both ways.
/// </summary>
[Collection(CallCollection.Name)]
public sealed class CallTests(CallFixture fixture) : IClassFixture<CallFixture>
{
    [Fact]
    public async Task Feldsher_calls_the_specialist_both_receive_audio_and_video_can_go_audio_only_a_third_party_is_refused_and_hang_up_reaches_both()
    {
        await using var scene = await CallScene.ClaimedAsync(fixture, "П-0601");
        var (feldsher, specialist) = (scene.Feldsher, scene.Specialist);

        await feldsher.ClickAsync("#call-start");
        await Expect(specialist.Locator("#call-state")).ToHaveTextAsync($"Incoming call: {SampleCases.KnownClinic}", CallPages.PatientlyText);
        await specialist.ClickAsync("#call-answer");
        await Expect(feldsher.Locator("#call-state")).ToHaveAttributeAsync("data-state", "connected", CallPages.Patiently);
        await Expect(specialist.Locator("#call-state")).ToHaveAttributeAsync("data-state", "connected", CallPages.Patiently);

        var atFeldsher = await CallPages.RisingAsync(feldsher, await CallPages.ReceivedAsync(feldsher), "audio", "video");
        var atSpecialist = await CallPages.RisingAsync(specialist, await CallPages.ReceivedAsync(specialist), "audio", "video");
        await CallPages.RisingAsync(feldsher, atFeldsher, "audio", "video");
        await CallPages.RisingAsync(specialist, atSpecialist, "audio", "video");
        await Expect(feldsher.Locator("#call-mode")).ToHaveAttributeAsync("data-mode", "video");
        await Expect(specialist.Locator("#call-mode")).ToContainTextAsync("Video");

        // The feldsher turns video off by hand: both pages say so, and speech goes on.
        await feldsher.ClickAsync("#call-audio-only");
        await Expect(specialist.Locator("#call-mode")).ToHaveAttributeAsync("data-mode", "audio", CallPages.Patiently);
        await Expect(feldsher.Locator("#call-mode")).ToContainTextAsync("Только звук");
        await CallPages.RisingAsync(specialist, await CallPages.ReceivedAsync(specialist), "audio");
        await feldsher.ClickAsync("#call-audio-only");
        await Expect(specialist.Locator("#call-mode")).ToHaveAttributeAsync("data-mode", "video", CallPages.Patiently);

        // Another specialist of the region sees the consult in the queue, but is no party to its call.
        await using var other = await SpecialistClient.ConnectAsync(fixture.Gateway, CallFixture.OtherSpecialist);
        Assert.Contains(await other.InvokeAsync<IReadOnlyList<ConsultSummary>>("GetQueue"), c => c.ConsultId == scene.ConsultId);
        var callId = CallIdOf((await other.InvokeAsync<IReadOnlyList<CaseEventNotice>>("GetEvents", scene.ConsultId, 0)).Last(n => n.Kind == "CallStarted").EventJson!);
        await Assert.ThrowsAsync<HubException>(() => other.InvokeAsync<CallTicket>("StartCall", scene.ConsultId));
        await Assert.ThrowsAsync<HubException>(() => other.InvokeAsync("SendCallSignal", scene.ConsultId, callId, "ICE_CANDIDATE", "{\"candidate\":\"\"}"));
        await Assert.ThrowsAsync<HubException>(() => other.InvokeAsync<CallEndedView>("EndCall", scene.ConsultId, callId));
        await CallPages.RisingAsync(specialist, await CallPages.ReceivedAsync(specialist), "audio", "video");
        await ConsolePages.ScreenshotAsync(specialist, "call");

        await specialist.ClickAsync("#call-hang-up");
        await Expect(feldsher.Locator("#call-state")).ToHaveAttributeAsync("data-state", "ended", CallPages.Patiently);
        await Expect(specialist.Locator("#call-state")).ToHaveAttributeAsync("data-state", "ended", CallPages.Patiently);
        await Expect(feldsher.Locator("#conversation")).ToContainTextAsync("Звонок завершён");
        await Expect(specialist.Locator("#conversation")).ToContainTextAsync("Call ended");
        Assert.Equal("closed", await feldsher.EvaluateAsync<string>("() => window.peers.at(-1).signalingState"));
    }

    private static string CallIdOf(string callStartedJson) =>
        System.Text.Json.JsonDocument.Parse(callStartedJson).RootElement.GetProperty("callStarted").GetProperty("callId").GetString()!;
}
