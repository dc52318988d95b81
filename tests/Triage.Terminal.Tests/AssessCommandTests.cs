using Triage.Contracts.V1;

namespace Triage.Terminal.Tests;

public sealed class AssessCommandTests
{
    [Fact]
    public async Task The_example_cases_are_assessed_offline_one_result_per_line()
    {
        var run = await TerminalRun.RunAsync(["assess", TerminalRun.Example("cases.jsonl")]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var results = run.Results;
        Assert.Equal(3, results.Count);
        Assert.Equal(ReferralLevel.Emergency, results[0].ReferralLevel);
        Assert.Equal("6f1c2a9e-3b4d-4e8f-9a01-2c3d4e5f6a71", results[0].ClientCaseId);
        Assert.Equal("", results[0].CaseId);
        Assert.Equal("ru", results[0].Language);
        Assert.Equal("kk", results[1].Language);
        Assert.All(results, r => Assert.NotEmpty(r.Advice));
    }

    [Fact]
    public async Task A_bad_line_is_reported_with_its_number_and_the_other_lines_are_still_assessed()
    {
        var lines = await File.ReadAllLinesAsync(TerminalRun.Example("cases.jsonl"));
        var input = string.Join('\n', lines[0], "{\"clientCaseId\": 42", lines[1].Replace("\"heartRate\":76", "\"heartRate\":700"), lines[2]);

        var run = await TerminalRun.RunAsync(["assess", "-"], input);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal(2, run.Results.Count);
        Assert.Contains("line 2: not a CaseReport", run.Error);
        Assert.Contains("line 3: case.vitals.heart_rate must be between 10 and 350", run.Error);
    }

    [Fact]
    public async Task A_missing_file_is_a_clear_error()
    {
        var run = await TerminalRun.RunAsync(["assess", "no-such-file.jsonl"]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("no-such-file.jsonl", run.Error);
    }
}
