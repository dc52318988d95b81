using Triage.EndToEnd.Tests.ClinicApp;
using Triage.Testing;

namespace Triage.EndToEnd.Tests.Calls;

/// <summary>
/// The clinic app and the specialists' console on one running gateway, each browser with Chromium's fake camera and
/// microphone (a test pattern and a tone) and its permission prompt answered yes.
/// </summary>
public class CallFixture : ClinicAppFixture
{
    public const string OtherSpecialist = "SP-ZHA-APP-02";

    private static readonly string[] MediaFlags = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"];

    /// <summary>Every RTCPeerConnection a page makes, so a test reads its statistics as the page's own scripts would.</summary>
    private const string KeepPeers = """
        window.peers = [];
        window.RTCPeerConnection = class extends window.RTCPeerConnection {
          constructor(...args) { super(...args); window.peers.push(this); }
        };
        """;

    public Task<Chromium.Browser> LaunchClinicAsync() => LaunchWithMediaAsync(Address);

    public Task<Chromium.Browser> LaunchConsoleAsync() => LaunchWithMediaAsync(Gateway.WebAddress);

    protected override async Task PrepareGatewayAsync(GatewayHost gateway)
    {
        await gateway.CreateUserAsync(Specialist, "specialist", ConsoleFixture.Password);
        await gateway.AddSpecialistAsync(OtherSpecialist, "KZ-ZHA", Roster.AllSpecialties);
    }

    private async Task<Chromium.Browser> LaunchWithMediaAsync(Uri address)
    {
        var browser = await Chromium.LaunchAsync(Playwright, address, MediaFlags);
        await browser.Context.AddInitScriptAsync(KeepPeers);
        return browser;
    }
}
