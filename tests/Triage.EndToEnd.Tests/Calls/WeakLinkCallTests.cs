using static Microsoft.Playwright.Assertions;

namespace Triage.EndToEnd.Tests.Calls;

/// <summary>
/// The uplink is capped for real: media may only go through a TURN server that drops whatever exceeds 96 kbit/s per
/// session. The browsers' congestion control sees the loss and lowers its estimate of the outgoing bandwidth
/// (getStats' availableOutgoingBitrate), the pages stop sending video, and the call goes on as Opus speech.
/// </summary>
[Collection(CallCollection.Name)]
public sealed class WeakLinkCallTests(WeakLinkCallFixture fixture) : IClassFixture<WeakLinkCallFixture>
{
    [Fact]
    public async Task On_a_capped_uplink_the_call_goes_on_as_audio_only_and_both_pages_say_so()
    {
        await using var scene = await CallScene.ClaimedAsync(fixture, "П-0602");
        var (feldsher, specialist) = (scene.Feldsher, scene.Specialist);

        await specialist.ClickAsync("#call-start");
        await feldsher.ClickAsync("#call-answer");
        await Expect(feldsher.Locator("#call-state")).ToHaveAttributeAsync("data-state", "connected", CallPages.Patiently);
        Assert.Equal("relay", await feldsher.EvaluateAsync<string>("""
            async () => {
              const stats = await window.peers.at(-1).getStats();
              let pair = null;
              stats.forEach((r) => { if (r.type === "transport" && r.selectedCandidatePairId) pair = stats.get(r.selectedCandidatePairId); });
              return stats.get(pair.localCandidateId).candidateType;
            }
            """));

        await Expect(feldsher.Locator("#call-mode")).ToHaveAttributeAsync("data-mode", "weakLink", new() { Timeout = 30_000 });
        await Expect(feldsher.Locator("#call-mode")).ToContainTextAsync("Только звук — слабая связь");
        await Expect(specialist.Locator("#call-mode")).ToContainTextAsync("Audio only — weak link");

        // Speech keeps arriving both ways over the thin link.
        await CallPages.RisingAsync(feldsher, await CallPages.ReceivedAsync(feldsher), "audio");
        await CallPages.RisingAsync(specialist, await CallPages.ReceivedAsync(specialist), "audio");
        await Expect(feldsher.Locator("#call-state")).ToHaveAttributeAsync("data-state", "connected", CallPages.Patiently);
        await feldsher.ClickAsync("#call-hang-up");
        await Expect(specialist.Locator("#call-state")).ToHaveAttributeAsync("data-state", "ended", CallPages.Patiently);
    }
}
