using System.Text.Json;
using Microsoft.Playwright;

namespace Triage.EndToEnd.Tests.Calls;

/// <summary>What a test reads from a page in a call: the received media, from the page's own RTCPeerConnection.</summary>
public static class CallPages
{
    /// <summary>Setting a call up takes several round trips through the hub, the terminal and ICE: on a loaded machine, seconds.</summary>
    public static readonly LocatorAssertionsToHaveAttributeOptions Patiently = new() { Timeout = 20_000 };

    public static readonly LocatorAssertionsToHaveTextOptions PatientlyText = new() { Timeout = 20_000 };

    /// <summary>Bytes and packets received so far per kind ("audio", "video"), from getStats' inbound-rtp reports.</summary>
    public static async Task<IReadOnlyDictionary<string, (long Bytes, long Packets)>> ReceivedAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>("""
            async () => {
              const received = {};
              const stats = await window.peers.at(-1).getStats();
              stats.forEach((r) => { if (r.type === "inbound-rtp") received[r.kind] = [r.bytesReceived ?? 0, r.packetsReceived ?? 0]; });
              return JSON.stringify(received);
            }
            """);
        return JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (p.Value[0].GetInt64(), p.Value[1].GetInt64()));
    }

    /// <summary>Waits until every kind given has received more bytes and packets than in <paramref name="before"/>.</summary>
    public static async Task<IReadOnlyDictionary<string, (long Bytes, long Packets)>> RisingAsync(IPage page, IReadOnlyDictionary<string, (long Bytes, long Packets)> before, params string[] kinds)
    {
        for (var attempt = 0; ; attempt++)
        {
            await page.WaitForTimeoutAsync(500);
            var now = await ReceivedAsync(page);
            if (kinds.All(k => now.TryGetValue(k, out var n) && n.Bytes > Get(before, k).Bytes && n.Packets > Get(before, k).Packets))
            {
                return now;
            }

            if (attempt == 40)
            {
                throw new Xunit.Sdk.XunitException($"Media of kinds {string.Join(", ", kinds)} stopped arriving: before {Describe(before)}, now {Describe(now)}.");
            }
        }
    }

    /// <summary>Opens the feldsher's emergency case (which opens a consult), and the specialist claims it in the console.</summary>
    private static (long Bytes, long Packets) Get(IReadOnlyDictionary<string, (long Bytes, long Packets)> counts, string kind) =>
        counts.TryGetValue(kind, out var c) ? c : (0, 0);

    private static string Describe(IReadOnlyDictionary<string, (long Bytes, long Packets)> counts) =>
        string.Join("; ", counts.Select(c => $"{c.Key} {c.Value.Bytes} B / {c.Value.Packets} packets"));
}
