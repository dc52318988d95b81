using Triage.Contracts.V1;
using Triage.Testing;

namespace Triage.Terminal.Tests;

public sealed class WatchCommandTests
{
    [Fact]
    public async Task Watch_shows_the_result_and_the_consult_and_resumes_after_a_sequence_number()
    {
        await using var gateway = await GatewayHost.StartAsync();
        var report = SampleCases.EmergencyAdult();
        await gateway.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report });

        var all = await TerminalRun.RunAsync(["watch", report.ClientCaseId, "--for", "1", .. TerminalRun.Link(gateway)]);
        var rest = await TerminalRun.RunAsync(["watch", report.ClientCaseId, "--after", "1", "--for", "1", "--json", .. TerminalRun.Link(gateway)]);

        Assert.Equal(0, all.ExitCode);
        Assert.Contains("#1 ", all.Output);
        Assert.Contains("triaged: EMERGENCY", all.Output);
        Assert.Contains("consult opened", all.Output);
        var events = rest.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Google.Protobuf.JsonParser.Default.Parse<CaseEvent>).ToList();
        Assert.Equal([2L], events.Select(e => e.Sequence));
        Assert.Equal(CaseEvent.EventOneofCase.ConsultOpened, events[0].EventCase);
    }

    [Fact]
    public async Task Watching_a_case_the_gateway_does_not_have_says_so()
    {
        await using var gateway = await GatewayHost.StartAsync();

        var run = await TerminalRun.RunAsync(["watch", Guid.NewGuid().ToString(), "--for", "1", .. TerminalRun.Link(gateway)]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("NotFound", run.Error);
        Assert.Contains("sync", run.Error);
    }
}
