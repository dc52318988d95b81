using System.Globalization;

namespace Telemed.FanoutBench;

/// <summary>
/// The specialists' process: <c>connect TOKEN</c> opens one more console connection, <c>take</c> lists the arrivals
/// since the last <c>take</c> ("caseId timestamp" lines), <c>cpu</c> answers the process's CPU time in ticks; each answer ends with <c>done</c> except <c>cpu</c>'s single line, and a command
/// that fails answers <c>failed: why</c>. End of input closes the connections.
/// </summary>
public static class FleetCommands
{
    public const string Verb = "specialists";
    public const string Connect = "connect";
    public const string Take = "take";
    public const string Cpu = "cpu";
    public const string Done = "done";
    public const string Failed = "failed:";

    public static async Task RunAsync(Uri hub, bool sockets)
    {
        await using ISpecialistFleet fleet = sockets ? new WebSocketFleet(hub) : new SpecialistFleet(hub);
        var output = Console.Out;
        while (await Console.In.ReadLineAsync() is { } line)
        {
            try
            {
                await AnswerAsync(fleet, line, output);
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or FormatException)
            {
                await output.WriteLineAsync($"{Failed} {e.Message}");
            }

            await output.FlushAsync();
        }
    }

    private static async Task AnswerAsync(ISpecialistFleet fleet, string line, TextWriter output)
    {
        if (line.StartsWith(Connect + " ", StringComparison.Ordinal))
        {
            await fleet.ConnectAsync(line[(Connect.Length + 1)..]);
            await output.WriteLineAsync(Done);
        }
        else if (line == Take)
        {
            foreach (var arrival in await fleet.TakeArrivalsAsync())
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{arrival.CaseId} {arrival.At}"));
            }

            await output.WriteLineAsync(Done);
        }
        else if (line == Cpu)
        {
            await output.WriteLineAsync((await fleet.CpuAsync()).Ticks.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            await output.WriteLineAsync($"{Failed} unknown command '{line}'");
        }
    }
}
