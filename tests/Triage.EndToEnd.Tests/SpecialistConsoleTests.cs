using System.Threading.Channels;
using Grpc.Core;
using Microsoft.Playwright;
using Triage.Contracts.V1;
using Triage.Testing;
using static Microsoft.Playwright.Assertions;

namespace Triage.EndToEnd.Tests;

/// <summary>Two specialists in two browsers and a clinic terminal on gRPC, through one whole consult.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class SpecialistConsoleTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task A_pushed_emergency_is_claimed_discussed_with_the_terminal_and_concluded()
    {
        await using var browserA = await fixture.LaunchAsync();
        await using var browserB = await fixture.LaunchAsync();
        var pageA = await ConsolePages.SignInAsync(browserA, ConsoleFixture.SpecialistA);
        var pageB = await ConsolePages.SignInAsync(browserB, ConsoleFixture.SpecialistB);
        await Expect(pageA.Locator("#queue-table")).ToBeVisibleAsync();
        await Expect(pageB.Locator("#queue-table")).ToBeVisibleAsync();

        var submitted = await fixture.Host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult(c => c.Vitals.ClearTemperatureC()) });
        var caseId = submitted.Result.CaseId;
        using var watch = fixture.Host.Intake.WatchCase(new WatchCaseRequest { CaseId = caseId });
        var watched = Watch(watch.ResponseStream);

        // Pushed, not polled: the row appears without any reload, flagged as a new emergency.
        var rowA = pageA.Locator("#queue-table tr.level-EMERGENCY", new() { HasText = SampleCases.KnownClinic });
        var rowB = pageB.Locator("#queue-table tr.level-EMERGENCY", new() { HasText = SampleCases.KnownClinic });
        await Expect(rowA).ToHaveCountAsync(1);
        await Expect(rowB).ToHaveCountAsync(1);
        await Expect(rowA).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("fresh"));
        await ConsolePages.ScreenshotAsync(pageA, "queue");

        await rowA.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(pageA.Locator("#vitals")).ToBeVisibleAsync();
        await Expect(pageA.Locator("#news2-total")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("news2-3"));
        // A normal pulse scores 0; a temperature not taken scores nothing, and the rows read in the RCP chart's order.
        await Expect(pageA.Locator("#vitals tbody tr", new() { HasText = "Pulse" }).Locator("td.score")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("news2-0"));
        await Expect(pageA.Locator("#vitals tbody tr", new() { HasText = "Temperature" }).Locator("td.score")).ToHaveTextAsync("");
        var rowNames = (await pageA.Locator("#vitals tbody th").AllInnerTextsAsync()).ToList();
        Assert.True(rowNames.IndexOf("Consciousness") < rowNames.IndexOf("Temperature"), string.Join(", ", rowNames));
        await Expect(pageA.Locator("#advice")).Not.ToBeEmptyAsync();
        await Expect(pageA.Locator("#patient")).ToContainTextAsync("Insured");

        await pageA.ClickAsync("#claim");
        await Expect(pageA.Locator("#case-state")).ToContainTextAsync(ConsoleFixture.SpecialistA);
        await Expect(rowB.Locator("td.state")).ToContainTextAsync(ConsoleFixture.SpecialistA);

        await pageA.FillAsync("#message-text", "Give oxygen and keep her lying down; the ambulance is on its way.");
        await pageA.ClickAsync("#message-form button[type=submit]");
        await Expect(pageA.Locator("#conversation")).ToContainTextAsync("the ambulance is on its way");
        var message = await NextAsync(watched, e => e.EventCase == CaseEvent.EventOneofCase.Message);
        Assert.Equal("Give oxygen and keep her lying down; the ambulance is on its way.", message.Message.Text);
        Assert.Equal(MessageAuthor.Specialist, message.Message.Author);

        await pageA.SelectOptionAsync("#final-level", "EMERGENCY");
        await pageA.FillAsync("#icd10", "R57.9");
        await pageA.FillAsync("#diagnosis", "Shock, cause to be found");
        await pageA.FillAsync("#plan", "Evacuate to the regional hospital by air ambulance.");
        await ConsolePages.ScreenshotAsync(pageA, "case");
        await pageA.ClickAsync("#conclude-form button[type=submit]");
        await Expect(pageA.Locator("#conclusion")).ToContainTextAsync("R57.9");
        var concluded = await NextAsync(watched, e => e.EventCase == CaseEvent.EventOneofCase.Concluded);
        Assert.Equal(ReferralLevel.Emergency, concluded.Concluded.FinalLevel);

        // The other specialist keeps it, read only, among the concluded.
        await Expect(pageB.Locator("#concluded-table tr", new() { HasText = SampleCases.KnownClinic })).ToHaveCountAsync(1);
        await Expect(rowB).ToHaveCountAsync(0);
    }

    private static ChannelReader<CaseEvent> Watch(IAsyncStreamReader<CaseEvent> stream)
    {
        var events = Channel.CreateUnbounded<CaseEvent>();
        _ = Task.Run(async () =>
        {
            try
            {
                while (await stream.MoveNext(CancellationToken.None))
                {
                    await events.Writer.WriteAsync(stream.Current);
                }
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled)
            {
                // The test ended the watch.
            }
            finally
            {
                events.Writer.TryComplete();
            }
        });
        return events.Reader;
    }

    private static async Task<CaseEvent> NextAsync(ChannelReader<CaseEvent> events, Func<CaseEvent, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var next = await events.ReadAsync(timeout.Token);
            if (match(next))
            {
                return next;
            }
        }
    }
}
