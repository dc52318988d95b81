using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Triage.Engine;
using Triage.Engine.Model;
using Triage.Terminal.App;
using Triage.Testing;

namespace Triage.EndToEnd.Tests.ClinicApp;

/// <summary>
/// The clinic app as <c>serve</c> starts it (real Kestrel on loopback, a real outbox file, the shipped model), its
/// terminal enrolled at a real gateway that is down until a test starts it, and one Playwright driver.
/// </summary>
public class ClinicAppFixture : IAsyncLifetime
{
    public const string Specialist = "SP-ZHA-APP-01";
    public const string SpecialistName = "Айгерим Ахметова";

    private static readonly Lazy<TriageEngine> Engine = new(() => TriageEngine.CreateDefault(model: OnnxRiskModel.LoadShipped()));

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("triage-clinic-app-");
    private ClinicAppSettings settings = null!;
    private WebApplication? app;

    public GatewayHost Gateway { get; private set; } = null!;

    public IPlaywright Playwright { get; private set; } = null!;

    public Uri Address => new(app!.Urls.First());

    /// <summary>The app's outbox file, which the terminal's command line on the same machine shares.</summary>
    public string OutboxPath => settings.OutboxPath;

    public virtual async Task InitializeAsync()
    {
        Gateway = await GatewayHost.StartAsync(GatewaySettings);
        await Gateway.AddSpecialistAsync(Specialist, "KZ-ZHA", Roster.AllSpecialties, name: SpecialistName);
        await PrepareGatewayAsync(Gateway);
        settings = new ClinicAppSettings(
            new Uri($"http://127.0.0.1:{FreePort.Next()}"),
            Path.Combine(folder.FullName, "outbox.db"),
            SampleCases.KnownClinic,
            Gateway.GrpcAddress,
            Gateway.TerminalId,
            Gateway.TerminalSecret,
            TimeSpan.FromSeconds(5),
            TimeSpan.FromMilliseconds(500),
            Path.Combine(folder.FullName, "attachments"));
        await StartAppAsync();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Directory.CreateDirectory(ConsoleFixture.Screenshots);
    }

    /// <summary>Brings the gateway up on its address and database, as when the health post's link comes back.</summary>
    public Task StartGatewayAsync() => Gateway.RestartAsync();

    /// <summary>Stops the app and starts it again on the same outbox, as when the health post's PC is restarted.</summary>
    public async Task RestartAppAsync()
    {
        await StopAppAsync();
        await StartAppAsync();
    }

    public Task<Chromium.Browser> LaunchAsync() => Chromium.LaunchAsync(Playwright, Address);

    /// <summary>Configuration switches of the gateway, e.g. its TURN servers.</summary>
    protected virtual string[] GatewaySettings => [];

    /// <summary>The gateway as the tests find it: down by default, until a test brings the link up.</summary>
    protected virtual Task PrepareGatewayAsync(GatewayHost gateway) => gateway.StopAsync();

    public virtual async Task DisposeAsync()
    {
        Playwright?.Dispose();
        await StopAppAsync();
        await Gateway.DisposeAsync();
        folder.Delete(recursive: true);
    }

    private async Task StartAppAsync()
    {
        app = await ClinicAppHost.CreateAsync(settings, Engine.Value);
        await app.StartAsync();
    }

    private async Task StopAppAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
            app = null;
        }
    }
}
