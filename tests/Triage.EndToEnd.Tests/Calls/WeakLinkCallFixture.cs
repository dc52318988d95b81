namespace Triage.EndToEnd.Tests.Calls;

/// <summary>
/// The call fixture behind a TURN server whose sessions carry at most 12 kB/s (96 kbit/s) each way, the media forced
/// through it (<c>Calls:RelayOnly</c>): an uplink too thin for video and wide enough for Opus, as on EDGE.
/// </summary>
public sealed class WeakLinkCallFixture : CallFixture
{
    public const int MaxBytesPerSecond = 12_000;

    private const string Secret = "a turn secret for the weak link";

    private TurnServer? turn;

    protected override string[] GatewaySettings =>
    [
        $"--Calls:TurnUrls:0=turn:127.0.0.1:{turn!.Port}?transport=udp",
        $"--Calls:TurnSecret={Secret}",
        "--Calls:RelayOnly=true",
    ];

    public override async Task InitializeAsync()
    {
        turn = await TurnServer.StartAsync(Secret, MaxBytesPerSecond);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (turn is not null)
        {
            await turn.DisposeAsync();
        }
    }
}
