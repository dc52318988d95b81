using System.Net.Http.Headers;
using Microsoft.Playwright;
using Telemed.Hub.Consults;
using Triage.Contracts.V1;
using Triage.Testing;
using static Microsoft.Playwright.Assertions;

namespace Triage.EndToEnd.Tests;

/// <summary>An administrator reads the accuracy report in the browser: figures, the four charts and the CSV.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ReportsPageTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task The_report_page_shows_every_chart_and_downloads_the_same_csv_as_the_api()
    {
        await ConcludeOneEmergencyAsync();
        await using var browser = await fixture.LaunchAsync();
        var page = await ConsolePages.SignInAsync(browser, ConsoleFixture.Admin);

        await Expect(page.Locator("#report-figures")).ToBeVisibleAsync();
        foreach (var chart in new[] { "confusion", "calibration", "roc", "under-triage" })
        {
            var image = page.Locator($"#chart-{chart}");
            await Expect(image).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^blob:"));
            await page.WaitForFunctionAsync("id => { const i = document.getElementById(id); return i.complete && i.naturalWidth > 0; }", $"chart-{chart}");
        }

        await page.SelectOptionAsync("#district", "KZ-ZHA-KOR");
        await page.ClickAsync("#report-filters button[type=submit]");
        await Expect(page.Locator("#report-figures")).ToBeVisibleAsync();
        await ConsolePages.ScreenshotAsync(page, "reports");

        var csvRequest = page.WaitForRequestAsync(r => r.Url.Contains("format=csv"));
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-csv"));
        var downloaded = await File.ReadAllTextAsync(await download.PathAsync());
        var fromApi = await GetCsvAsync((await csvRequest).Url);

        Assert.StartsWith("section,dimension,group,metric,value", downloaded);
        Assert.Contains("district=", (await csvRequest).Url);
        Assert.Equal(fromApi, downloaded);
    }

    private async Task<string> GetCsvAsync(string url)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Host.IssueToken(ConsoleFixture.Admin, "admin"));
        using var response = await http.SendAsync(request);
        return await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
    }

    /// <summary>One concluded consult, so the report has an outcome to compare with the engine's advice.</summary>
    private async Task ConcludeOneEmergencyAsync()
    {
        await using var specialist = await SpecialistClient.ConnectAsync(fixture.Host, ConsoleFixture.SpecialistB);
        var caseId = (await fixture.Host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() })).Result.CaseId;
        var queued = await specialist.NextQueuedAsync(c => c.CaseId == caseId);
        await specialist.InvokeAsync<ClaimOutcome>("Claim", queued.ConsultId);
        await specialist.InvokeAsync("Conclude", queued.ConsultId, new ConclusionRequest("URGENT_REFERRAL", "R57.9", "Shock", "Evacuate"));
    }
}
