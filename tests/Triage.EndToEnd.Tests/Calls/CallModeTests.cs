using static Microsoft.Playwright.Assertions;

namespace Triage.EndToEnd.Tests.Calls;

/// <summary>
/// How a call chooses between video and speech from the browser's own estimate of its uplink, driven with a sequence
/// of readings: the page's call code as served, with the estimate given instead of measured.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class CallModeTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task Video_that_fails_again_after_coming_back_waits_twice_as_long_before_the_next_try()
    {
        await using var browser = await fixture.LaunchAsync();
        var page = await ConsolePages.SignInAsync(browser, ConsoleFixture.SpecialistA);
        await Expect(page.Locator("#queue-table")).ToBeVisibleAsync();

        // kbit/s, one reading a second: weak, three good readings (video back), weak again, then good readings.
        var modes = await page.EvaluateAsync<string[]>("""
            async () => {
              const { PeerCall } = await import("/js/peer-call.js");
              const call = new PeerCall({}, () => {});
              const readings = [100, 400, 400, 400, 100, 400, 400, 400, 400, 400, 400];
              const modes = [];
              for (const kbps of readings) {
                call.pc = { remoteDescription: null, getStats: async () => new Map([
                  ["t", { type: "transport", selectedCandidatePairId: "p" }],
                  ["p", { type: "candidate-pair", availableOutgoingBitrate: kbps * 1000 }]]) };
                await call.adapt();
                modes.push(call.weakLink ? "audio" : "video");
              }
              return modes;
            }
            """);

        Assert.Equal(
            ["audio", "audio", "audio", "video", "audio", "audio", "audio", "audio", "audio", "audio", "video"],
            modes);
    }
}
