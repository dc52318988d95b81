using Microsoft.Playwright;
using Telemed.Hub.Consults;
using Triage.Contracts.V1;
using Triage.Testing;
using static Microsoft.Playwright.Assertions;

namespace Triage.EndToEnd.Tests;

/// <summary>
/// A consult as the browser tests need it: a case sent by the known clinic's terminal, opened on a console page; and
/// concluded afterwards, so the next test finds the queue as it was.
/// </summary>
public static class ConsultScenes
{
    /// <summary>Submits <paramref name="report"/>, learns its consult through <paramref name="colleague"/>'s hub link, and opens it on <paramref name="page"/>.</summary>
    public static async Task<Consult> OpenCaseAsync(IPage page, GatewayHost host, SpecialistClient colleague, CaseReport report)
    {
        var consult = await SubmitAsync(host, colleague, report);
        await page.GotoAsync($"/#case/{consult.ConsultId}");
        await Expect(page.Locator("#vitals")).ToBeVisibleAsync();
        return consult;
    }

    /// <summary>Submits <paramref name="report"/> and returns the consult it opened.</summary>
    public static async Task<Consult> SubmitAsync(GatewayHost host, SpecialistClient colleague, CaseReport report)
    {
        var caseId = (await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report })).Result.CaseId;
        return new(caseId, (await colleague.NextQueuedAsync(c => c.CaseId == caseId)).ConsultId);
    }

    public sealed record Consult(string CaseId, string ConsultId);

    /// <summary>Concludes a consult as <paramref name="specialist"/>, claiming it first unless they hold it already.</summary>
    public static async Task ConcludeAsync(SpecialistClient specialist, string consultId, bool claimed = false)
    {
        if (!claimed)
        {
            await specialist.InvokeAsync<ClaimOutcome>("Claim", consultId);
        }

        await specialist.InvokeAsync("Conclude", consultId, new ConclusionRequest("URGENT_REFERRAL", "R57.9", "Shock", "Evacuate"));
    }
}
