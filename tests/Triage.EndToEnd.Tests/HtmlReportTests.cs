namespace Triage.EndToEnd.Tests;

/// <summary>The report file an administrator e-mails opens on its own in a browser, charts and caveats included.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class HtmlReportTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task The_report_command_writes_a_file_that_chromium_shows_with_every_chart()
    {
        var file = Path.Combine(Path.GetTempPath(), $"triage-report-{Guid.NewGuid()}.html");
        try
        {
            var run = await fixture.Host.RunAdminAsync("report", "--region", "KZ-ZHA", "--out", file);
            Assert.True(run.ExitCode == 0, run.Error);
            await using var browser = await fixture.LaunchAsync();

            var page = await browser.OpenAsync(new Uri(file).AbsoluteUri);
            var charts = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('img[data-chart]')].map(i => i.complete ? i.naturalWidth : 0)");
            var caveats = await page.Locator(".caveat").AllInnerTextsAsync();

            Assert.Equal(4, charts.Length);
            Assert.All(charts, width => Assert.True(width > 0, "a chart did not render"));
            Assert.Contains(caveats, c => c.Contains("real visits of another population"));
            Assert.StartsWith("Triage accuracy report", await page.TitleAsync());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
