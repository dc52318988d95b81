using System.Collections.Concurrent;
using System.Diagnostics;
using Triage.Gateway.Hosting;

namespace Triage.Testing;

/// <summary>
/// The gateway's own executable as a child process, as an operator runs it: for its command line and for
/// what it writes to its console log.
/// </summary>
public sealed class GatewayProcess : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private GatewayProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
    }

    /// <summary>Everything the process wrote so far, standard output and error interleaved.</summary>
    public string Log => string.Join('\n', lines);

    /// <summary>Runs the gateway executable with <paramref name="args"/> to its end.</summary>
    public static async Task<CommandLineRun> RunAsync(params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        using var timeout = new CancellationTokenSource(Patience);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new CommandLineRun(process.ExitCode, await output, await error);
    }

    /// <summary>Starts the gateway server and returns once its health endpoint answers.</summary>
    public static async Task<GatewayProcess> StartAsync(Uri webAddress, params string[] args)
    {
        var gateway = new GatewayProcess(Process.Start(StartInfo(args))!);
        gateway.process.BeginOutputReadLine();
        gateway.process.BeginErrorReadLine();
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                if ((await http.GetAsync(new Uri(webAddress, "/health"))).IsSuccessStatusCode)
                {
                    return gateway;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !gateway.process.HasExited)
            {
            }

            if (gateway.process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"The gateway did not come up:\n{gateway.Log}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Stops the server the way a service manager does (SIGTERM), letting it flush its log.</summary>
    public async Task StopAsync()
    {
        if (!process.HasExited)
        {
            Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]).WaitForExit();
            using var timeout = new CancellationTokenSource(Patience);
            await process.WaitForExitAsync(timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }

    private static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(typeof(GatewayApp).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }
}
