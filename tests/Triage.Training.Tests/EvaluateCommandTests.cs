using System.Text.Json;
using Triage.Training.Commands;

namespace Triage.Training.Tests;

/// <summary>README's <c>dotnet run --project src/Triage.Training -- evaluate</c>, through the program's own command tree.</summary>
public sealed class EvaluateCommandTests
{
    [Fact]
    public async Task Evaluate_compares_on_the_held_out_hospitals_and_writes_the_reports_and_the_vignette_table()
    {
        var folder = Directory.CreateTempSubdirectory("triage-evaluate-");
        try
        {
            // --folds 0 leaves out the cross-validation's four trainings, which HospitalSplitTests runs on their own.
            var exitCode = await TrainingApp.Create().Parse(["evaluate", "--folds", "0", "--out", folder.FullName]).InvokeAsync();

            Assert.Equal(0, exitCode);
            using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder.FullName, "evaluation.json")));
            Assert.Equal(6828, report.RootElement.GetProperty("cases").GetInt32());
            Assert.Equal(106, report.RootElement.GetProperty("seriousOutcomes").GetInt32());
            Assert.True(new FileInfo(Path.Combine(folder.FullName, "evaluation.png")).Length > 0);
            Assert.StartsWith("Vignette benchmark: 54 vignettes", await File.ReadAllTextAsync(Path.Combine(folder.FullName, "vignettes.md")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
