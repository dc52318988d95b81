using System.Diagnostics;
using System.Net.Sockets;
using Triage.Testing;

namespace Triage.EndToEnd.Tests.Calls;

/// <summary>
/// Debian's coturn on loopback, set up as docs/deploy.md says (<c>use-auth-secret</c>, so it checks the gateway's
/// per-call credentials by itself), with each session's bandwidth capped as a weak rural uplink would cap it.
/// </summary>
public sealed class TurnServer : IAsyncDisposable
{
    private readonly Process process;

    private TurnServer(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("TRIAGE_TURNSERVER") is { Length: > 0 } path ? path : "/usr/bin/turnserver";

    /// <param name="maxBytesPerSecond">coturn's <c>max-bps</c>: per session and direction; above it, packets are dropped.</param>
    public static async Task<TurnServer> StartAsync(string secret, int maxBytesPerSecond)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"coturn's turnserver is not at {ExecutablePath}: install the coturn package (test.sh does).");
        }

        var port = FreePort.Next();
        var relayFrom = 50000 + (port % 100) * 100;
        var start = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                "-n", "--listening-ip=127.0.0.1", "--relay-ip=127.0.0.1", $"--listening-port={port}",
                $"--min-port={relayFrom}", $"--max-port={relayFrom + 99}",
                "--use-auth-secret", $"--static-auth-secret={secret}", "--realm=triage.test",
                $"--max-bps={maxBytesPerSecond}", "--fingerprint", "--no-tls", "--no-dtls", "--no-cli",
                // Both browsers are on this machine, so their relayed peers are loopback addresses.
                "--allow-loopback-peers", "--log-file=stdout",
            },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("turnserver did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new TurnServer(process, port);
        await server.WaitUntilListeningAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"turnserver exited with {process.ExitCode}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"turnserver is not listening on port {Port}.");
    }
}
