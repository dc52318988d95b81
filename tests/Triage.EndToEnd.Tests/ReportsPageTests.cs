using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Telemed.Hub.Consults;
using Triage.Contracts.V1;
using Triage.Gateway.Reports;
using Triage.Reports.Charts;
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
        await WaitForChartsAsync(page);
        await ConsolePages.ScreenshotAsync(page, "reports");

        var csvRequest = page.WaitForRequestAsync(r => r.Url.Contains("format=csv"));
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-csv"));
        var downloaded = await File.ReadAllTextAsync(await download.PathAsync());
        var fromApi = await GetCsvAsync((await csvRequest).Url);

        Assert.StartsWith("section,dimension,group,metric,value", downloaded);
        Assert.Contains("district=", (await csvRequest).Url);
        Assert.Equal(fromApi, downloaded);
    }

    [Fact]
    public async Task In_russian_and_kazakh_the_caveats_and_charts_follow_the_language_and_no_null_is_printed()
    {
        await ConcludeOneEmergencyAsync();
        await using var browser = await fixture.LaunchAsync();
        var chartRequests = new ConcurrentQueue<string>();
        browser.Context.Request += (_, request) =>
        {
            if (request.Url.Contains("/admin/reports/charts/"))
            {
                chartRequests.Enqueue(request.Url);
            }
        };
        var page = await ConsolePages.SignInAsync(browser, ConsoleFixture.Admin, "ru");

        foreach (var language in new[] { "ru", "kk" })
        {
            if (language != "ru")
            {
                await page.SelectOptionAsync("#language", language);
            }

            var caveats = page.Locator("ul.caveats li");
            await Expect(caveats.Filter(new() { HasText = ReportCaveats.Outcome(language) })).ToHaveCountAsync(1);
            await WaitForChartsAsync(page);
            Assert.DoesNotMatch(@"\bnull\b", await page.Locator("main").InnerTextAsync());
            // A model's training data is quoted from its manifest as written; around it, no English sentence is left.
            Assert.All(await caveats.AllInnerTextsAsync(), caveat => Assert.DoesNotMatch(@"[A-Za-z]+(\W+[A-Za-z]+){2,}", Regex.Replace(caveat, "«[^»]*»", "")));
            Assert.All(ReportCharts.Names, name => Assert.Contains(chartRequests, url => url.Contains($"/charts/{name}.png?") && url.Contains($"lang={language}")));
        }

        await ConsolePages.ScreenshotAsync(page, "reports-kk");
    }

    private static async Task WaitForChartsAsync(IPage page)
    {
        foreach (var chart in ReportCharts.Names)
        {
            await Expect(page.Locator($"#chart-{chart}")).ToHaveAttributeAsync("src", new Regex("^blob:"));
            await page.WaitForFunctionAsync("id => { const i = document.getElementById(id); return i.complete && i.naturalWidth > 0; }", $"chart-{chart}");
        }
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
