using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Triage.EndToEnd.Tests.ClinicApp;

/// <summary>
/// The entry, result, outbox and consult pages on a clinic laptop and on a 10-inch tablet held upright: nothing to scroll
/// sideways, and every control named for a screen reader. Typing a case with the keyboard alone is
/// <see cref="OfflineEntryTests"/>.
/// </summary>
public sealed class PageFitTests : IClassFixture<ClinicAppFixture>
{
    /// <summary>Every form control with no name from a label, aria-label or aria-labelledby (a button may name itself).</summary>
    private const string UnnamedControls = """
        () => [...document.querySelectorAll("input, select, textarea, button")].filter((el) => {
          const text = (node) => (node?.textContent ?? "").trim() !== "";
          const labelledBy = (el.getAttribute("aria-labelledby") ?? "").split(/\s+/).filter(Boolean);
          return !((el.getAttribute("aria-label") ?? "").trim() !== ""
            || labelledBy.some((id) => text(document.getElementById(id)))
            || [...(el.labels ?? [])].some(text)
            || (el.tagName === "BUTTON" && text(el)));
        }).map((el) => el.id || el.outerHTML.slice(0, 120))
        """;

    private static readonly (int Width, int Height, string Name)[] Screens = [(1366, 768, "laptop"), (800, 1280, "tablet")];

    private readonly ClinicAppFixture fixture;

    public PageFitTests(ClinicAppFixture fixture) => this.fixture = fixture;

    [Fact]
    public async Task Entry_result_outbox_and_consult_fit_a_laptop_and_an_upright_tablet_without_sideways_scrolling_and_name_every_control()
    {
        await using var browser = await fixture.LaunchAsync();
        var page = await browser.OpenAsync();
        await page.SelectOptionAsync("#language", "kk");
        await page.FillAsync("#entry-patient-ref", "Н-1186");
        await page.FillAsync("#entry-age-years", "4");
        await page.SelectOptionAsync("#entry-sex", "MALE");
        await page.FillAsync("#entry-complaint", "Екі күннен бері ыстығы бар, жөтеледі, тыныс алуы жиі");
        await page.FillAsync("#entry-respiratory-rate", "48");
        await page.FillAsync("#entry-temperature-c", "39,2");
        await page.CheckAsync("#symptom-COUGH");
        await CheckEveryScreenAsync(page, "entry");

        await page.ClickAsync("#entry-save");
        await Expect(page.Locator("#outbox-state")).ToHaveTextAsync("Кезекте");
        await CheckEveryScreenAsync(page, "result");

        await page.ClickAsync("#nav-outbox");
        await Expect(page.Locator("#outbox-table tbody tr", new() { HasText = "Н-1186" })).ToBeVisibleAsync();
        await CheckEveryScreenAsync(page, "outbox");

        await fixture.StartGatewayAsync();
        await page.Locator("#outbox-table tbody tr", new() { HasText = "Н-1186" }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("#consult-heading")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await page.ClickAsync("#update-vitals summary");
        await CheckEveryScreenAsync(page, "consult");
    }

    private static async Task CheckEveryScreenAsync(IPage page, string view)
    {
        foreach (var (width, height, name) in Screens)
        {
            await page.SetViewportSizeAsync(width, height);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            Assert.True(widths[0] <= widths[1], $"The {view} page scrolls sideways on the {name} ({width}×{height}): {widths[0]} px wide in {widths[1]} px");
            var unnamed = await page.EvaluateAsync<string[]>(UnnamedControls);
            Assert.True(unnamed.Length == 0, $"Controls without a name on the {view} page: {string.Join(", ", unnamed)}");
        }
    }
}
