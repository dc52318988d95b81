namespace Triage.Terminal.Tests.App;

/// <summary><c>serve</c>'s own guard: the app has no sign-in, so it is never reachable from another machine.</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://192.168.1.20:5080")]
    public async Task The_clinic_app_refuses_to_listen_where_another_machine_could_reach_it(string address)
    {
        var run = await TerminalRun.RunAsync(["serve", "--clinic", "KZ-ZHA-KOR-01", "--listen", address, "--terminal-id", "T-1", "--secret", "s"]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains($"--listen must be a loopback address such as http://127.0.0.1:5080; got '{address}/'", run.Error);
    }
}
