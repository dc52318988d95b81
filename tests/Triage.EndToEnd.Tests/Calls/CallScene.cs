using Microsoft.Playwright;
using Telemed.Hub.Consults;
using Triage.EndToEnd.Tests.ClinicApp;
using Triage.Testing;
using static Microsoft.Playwright.Assertions;

namespace Triage.EndToEnd.Tests.Calls;

/// <summary>
/// Where every call test starts: the feldsher's emergency case for a child (which opens a consult) in the clinic app,
/// and the specialist who claimed it in the console, each in a browser of their own.
/// </summary>
public sealed class CallScene : IAsyncDisposable
{
    private readonly Chromium.Browser clinic;
    private readonly Chromium.Browser console;

    private CallScene(Chromium.Browser clinic, Chromium.Browser console)
    {
        this.clinic = clinic;
        this.console = console;
    }

    public IPage Feldsher { get; private set; } = null!;

    public IPage Specialist { get; private set; } = null!;

    public string ConsultId { get; private set; } = "";

    public static async Task<CallScene> ClaimedAsync(CallFixture fixture, string patientRef)
    {
        // Both browsers at once: each takes seconds to start.
        var clinic = fixture.LaunchClinicAsync();
        var console = fixture.LaunchConsoleAsync();
        var scene = new CallScene(await clinic, await console);
        try
        {
            await scene.ClaimAsync(fixture, patientRef);
            return scene;
        }
        catch
        {
            await scene.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await clinic.DisposeAsync();
        await console.DisposeAsync();
    }

    private async Task ClaimAsync(CallFixture fixture, string patientRef)
    {
        // The specialist signs in while the feldsher examines the child.
        var signingIn = ConsolePages.SignInAsync(console, ClinicAppFixture.Specialist);
        Feldsher = await clinic.OpenAsync();
        await Feldsher.SelectOptionAsync("#language", "ru");
        await Feldsher.FillAsync("#entry-patient-ref", patientRef);
        await Feldsher.FillAsync("#entry-age-years", "4");
        await Feldsher.SelectOptionAsync("#entry-sex", "FEMALE");
        await Feldsher.FillAsync("#entry-complaint", "Одышка, не может пить");
        await Feldsher.FillAsync("#entry-respiratory-rate", "62");
        await Feldsher.FillAsync("#entry-spo2-percent", "86");
        await Feldsher.FillAsync("#entry-heart-rate", "170");
        await Feldsher.SelectOptionAsync("#entry-consciousness", "ALERT");
        await Feldsher.ClickAsync("#entry-save");
        await Expect(Feldsher.Locator("#consult-state")).ToHaveTextAsync("Ждём специалиста.", CallPages.PatientlyText);

        Specialist = await signingIn;
        await using var hub = await SpecialistClient.ConnectAsync(fixture.Gateway, ClinicAppFixture.Specialist);
        ConsultId = (await hub.InvokeAsync<IReadOnlyList<ConsultSummary>>("GetQueue")).Last(c => c.ClinicId == SampleCases.KnownClinic && c.State == "OPEN").ConsultId;
        await Specialist.EvaluateAsync("id => location.hash = `#case/${id}`", ConsultId);
        await Specialist.ClickAsync("#claim");
        await Expect(Feldsher.Locator("#call-start")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(Specialist.Locator("#call-start")).ToBeVisibleAsync(new() { Timeout = 20_000 });
    }
}
