using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Triage.EndToEnd.Tests.ClinicApp;

/// <summary>
/// A health post's link is slow, dear or absent, and a case must never leak to a third party: every page of the
/// app loads its scripts, styles, images and fonts from the app itself.
/// </summary>
public sealed class OwnOriginTests : IClassFixture<ClinicAppFixture>
{
    private readonly ClinicAppFixture fixture;

    public OwnOriginTests(ClinicAppFixture fixture) => this.fixture = fixture;

    [Fact]
    public async Task Every_page_loads_everything_from_the_app_itself()
    {
        await using var browser = await fixture.LaunchAsync();
        var requests = new List<IRequest>();
        browser.Context.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(request);
            }
        };
        var page = await browser.OpenAsync();
        await page.SelectOptionAsync("#language", "ru");
        await page.FillAsync("#entry-patient-ref", "П-2210");
        await page.FillAsync("#entry-age-years", "31");
        await page.SelectOptionAsync("#entry-sex", "FEMALE");
        await page.FillAsync("#entry-respiratory-rate", "18");
        await Expect(page.Locator("#entry-respiratory-rate-score")).ToHaveTextAsync("0");
        await page.ClickAsync("#entry-save");
        await Expect(page.Locator("#outbox-state")).ToHaveTextAsync("В очереди");
        await page.ClickAsync("#open-letter");
        await Expect(page.Locator("#letter h1")).ToHaveTextAsync("Направление");
        await page.GoBackAsync();
        await fixture.StartGatewayAsync();
        await Expect(page.Locator("#consult-heading")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(page.Locator("#photo-file")).ToBeAttachedAsync();
        await page.ClickAsync("#nav-outbox");
        await Expect(page.Locator("#outbox-table")).ToContainTextAsync("Принят сервером");

        IRequest[] seen;
        lock (requests)
        {
            seen = [.. requests];
        }

        var own = new Uri(fixture.Address.GetLeftPart(UriPartial.Authority));
        Assert.Contains(seen, r => r.ResourceType == "script");
        Assert.Contains(seen, r => r.ResourceType == "stylesheet");
        Assert.All(seen, r => Assert.Equal(own, new Uri(new Uri(r.Url).GetLeftPart(UriPartial.Authority))));
    }

    [Fact]
    public async Task An_outside_address_put_into_a_page_is_refused_by_the_browser()
    {
        await using var browser = await fixture.LaunchAsync();
        var page = await browser.OpenAsync();
        await Expect(page.Locator("#entry-form")).ToBeVisibleAsync();
        var blocked = await page.EvaluateAsync<string?>("""
            () => new Promise((resolve) => {
              document.addEventListener("securitypolicyviolation", (e) => resolve(e.blockedURI), { once: true });
              setTimeout(() => resolve(null), 5000);
              document.body.append(Object.assign(document.createElement("img"), { src: "http://192.0.2.1/pixel.png" }));
            })
            """);
        Assert.Equal("http://192.0.2.1/pixel.png", blocked);
    }
}
