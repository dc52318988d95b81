using Microsoft.Playwright;
using Triage.Testing;

namespace Triage.EndToEnd.Tests;

/// <summary>One real gateway and one Playwright driver for all browser tests, which run one after another.</summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    public const string Password = "a long enough passphrase";
    public const string SpecialistA = "SP-ZHA-E2E-A";
    public const string SpecialistB = "SP-ZHA-E2E-B";
    public const string Admin = "admin-e2e";

    public GatewayHost Host { get; private set; } = null!;

    public IPlaywright Playwright { get; private set; } = null!;

    /// <summary>
    /// Where screenshots are kept: beside the test binaries, or in the folder <c>TRIAGE_SCREENSHOTS</c> names, which is
    /// how the README's pictures in docs/screenshots are made again.
    /// </summary>
    public static string Screenshots { get; } =
        Environment.GetEnvironmentVariable("TRIAGE_SCREENSHOTS") is { Length: > 0 } folder ? Path.GetFullPath(folder) : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        Host = await GatewayHost.StartAsync();
        foreach (var specialist in new[] { SpecialistA, SpecialistB })
        {
            await Host.AddSpecialistAsync(specialist, "KZ-ZHA", Roster.AllSpecialties);
            await Host.CreateUserAsync(specialist, "specialist", Password);
        }

        await Host.CreateUserAsync(Admin, "admin", Password);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Directory.CreateDirectory(Screenshots);
    }

    public Task<Chromium.Browser> LaunchAsync() => Chromium.LaunchAsync(Playwright, Host.WebAddress);

    public async Task DisposeAsync()
    {
        Playwright?.Dispose();
        await Host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleFixture>
{
    public const string Name = "console";
}
