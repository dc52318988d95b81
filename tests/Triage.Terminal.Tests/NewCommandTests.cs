namespace Triage.Terminal.Tests;

public sealed class NewCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_case_typed_at_the_keyboard_is_range_checked_queued_and_assessed_offline()
    {
        string[] answers =
        [
            "KOR01-00777", "67", "m",
            "26", "101", "91", "n", "n", "98", "60", "118", "38,9", "C", "", "",
            "fever, cough, confusion", "COPD", "Cough and fever for three days", "en",
        ];

        var run = await TerminalRun.RunAsync(["new", "--clinic", "KZ-ZHA-KOR-01", "--outbox", folder.File("outbox.db")], string.Join('\n', answers));
        var listed = await TerminalRun.RunAsync(["outbox", "--outbox", folder.File("outbox.db")]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("SpO2 (10–100 %, empty if not measured): ", run.Error);
        Assert.Contains("must be between 10 and 100 %; got 101", run.Error);
        Assert.StartsWith("EMERGENCY", run.Output);
        Assert.Contains("NEWS2 14", run.Output);
        Assert.Contains("1 cases: 1 queued", listed.Output);
    }

    [Fact]
    public async Task Readings_that_could_change_the_decision_are_asked_for_before_the_case_is_queued()
    {
        string[] answers =
        [
            "KOR01-00779", "60", "m",
            "", "", "", "", "", "A", "", "",
            "cough, fever", "", "", "en",
            "16", "97", "n", "n", "124", "78", "76", "36,8",
        ];

        var run = await TerminalRun.RunAsync(["new", "--clinic", "KZ-ZHA-KOR-01", "--outbox", folder.File("outbox.db")], string.Join('\n', answers));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Measure respiratory rate, SpO2, blood pressure, pulse, temperature: an abnormal value could change this decision", run.Error);
        Assert.StartsWith("TREAT_LOCALLY", run.Output);
        Assert.Contains("NEWS2 0", run.Output);
        Assert.DoesNotContain("Measure ", run.Output);
    }

    [Fact]
    public async Task An_extreme_reading_is_taken_once_confirmed_and_typed_again_when_not()
    {
        string[] answers =
        [
            "KOR01-00778", "58", "f", "n",
            "18", "25", "y", "n", "n", "30", "n", "32", "y", "20", "y", "48", "37,0", "A", "", "8", "n",
            "", "", "", "ru",
        ];

        var run = await TerminalRun.RunAsync(["new", "--clinic", "KZ-ZHA-KOR-01", "--outbox", folder.File("outbox.db")], string.Join('\n', answers));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("25 % is outside the usual 70–100 %: are you sure (y/n) [n]: ", run.Error);
        Assert.Contains("30 mmHg is outside the usual 50–250 mmHg: are you sure", run.Error);
        Assert.StartsWith("EMERGENCY", run.Output);
    }

    [Fact]
    public async Task Input_that_ends_half_way_queues_nothing()
    {
        var run = await TerminalRun.RunAsync(["new", "--clinic", "KZ-ZHA-KOR-01", "--outbox", folder.File("outbox.db")], "KOR01-00777\n67\n");
        var listed = await TerminalRun.RunAsync(["outbox", "--outbox", folder.File("outbox.db")]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nothing was queued", run.Error);
        Assert.Contains("0 cases", listed.Output);
    }
}
