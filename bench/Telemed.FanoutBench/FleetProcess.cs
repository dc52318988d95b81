using System.Diagnostics;
using System.Globalization;

namespace Telemed.FanoutBench;

/// <summary>
/// The specialists' consoles in a process of their own, as they are in use (each in its own browser), so their work
/// shares the cores with the gateway but not its thread pool or garbage collector. Driven line by line over stdin
/// and stdout; see <see cref="FleetCommands"/>.
/// </summary>
public sealed class FleetProcess : ISpecialistFleet
{
    private readonly Process process;

    private FleetProcess(Process process) => this.process = process;

    /// <param name="sockets">Bare WebSockets (<see cref="WebSocketFleet"/>) instead of SignalR clients.</param>
    public static FleetProcess Start(Uri hub, bool sockets)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(FleetProcess).Assembly.Location);
        start.ArgumentList.Add(FleetCommands.Verb);
        start.ArgumentList.Add(hub.ToString());
        start.ArgumentList.Add(sockets ? "sockets" : "signalr");
        // A browser's engine, not a server: the workstation collector.
        start.Environment["DOTNET_gcServer"] = "0";
        return new FleetProcess(Process.Start(start) ?? throw new InvalidOperationException("The specialists' process did not start."));
    }

    public async Task ConnectAsync(string token)
    {
        await process.StandardInput.WriteLineAsync($"{FleetCommands.Connect} {token}");
        await ReadLineAsync();
    }

    public async Task<IReadOnlyList<Arrival>> TakeArrivalsAsync()
    {
        await process.StandardInput.WriteLineAsync(FleetCommands.Take);
        var taken = new List<Arrival>();
        for (var line = await ReadLineAsync(); line != FleetCommands.Done; line = await ReadLineAsync())
        {
            var (caseId, at) = (line[..line.IndexOf(' ')], line[(line.IndexOf(' ') + 1)..]);
            taken.Add(new Arrival(caseId, long.Parse(at, CultureInfo.InvariantCulture)));
        }

        return taken;
    }

    public async Task<TimeSpan> CpuAsync()
    {
        await process.StandardInput.WriteLineAsync(FleetCommands.Cpu);
        return TimeSpan.FromTicks(long.Parse(await ReadLineAsync(), CultureInfo.InvariantCulture));
    }

    public async ValueTask DisposeAsync()
    {
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        process.Dispose();
    }

    /// <summary>The next answer; the process's own error message ends the bench rather than being read as data.</summary>
    private async Task<string> ReadLineAsync()
    {
        var line = await process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("The specialists' process ended early.");
        return line.StartsWith(FleetCommands.Failed, StringComparison.Ordinal) ? throw new InvalidOperationException($"The specialists' process: {line}") : line;
    }
}
