using Triage.Cohort;
using Triage.Training.Cohort;

namespace Triage.Training.Tests;

public sealed class CohortTests
{
    [Fact]
    public void SameSeedGivesTheSameCohort()
    {
        var first = new CohortGenerator(11).Generate(3000).Select(CohortCsv.ToLine);
        var second = new CohortGenerator(11).Generate(3000).Select(CohortCsv.ToLine);
        Assert.Equal(first, second);
    }

    [Fact]
    public void AnotherSeedGivesAnotherCohort()
    {
        var first = new CohortGenerator(11).Generate(200).Select(CohortCsv.ToLine).ToList();
        var second = new CohortGenerator(12).Generate(200).Select(CohortCsv.ToLine).ToList();
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void News2DiscriminatesAsInThePublishedStudy()
    {
        var summary = CohortSummary.Of(new CohortGenerator(20260401).Generate(100_000).ToList());

        Assert.InRange(summary.News2AurocCompleteAdults, CalibrationTarget.PublishedNews2Auroc - CalibrationTarget.Tolerance, CalibrationTarget.PublishedNews2Auroc + CalibrationTarget.Tolerance);
    }

    [Fact]
    public void CohortCoversEveryArchetypeAgesPregnancyAndMissingValues()
    {
        var cohort = new CohortGenerator(5).Generate(30_000).ToList();

        Assert.Equal(Archetypes.All.Select(a => a.Name).Order(), cohort.Select(c => c.Archetype).Distinct().Order());
        Assert.Contains(cohort, c => c.Case.Patient.AgeYears < 1);
        Assert.Contains(cohort, c => c.Case.Patient.AgeYears > 85);
        Assert.Contains(cohort, c => c.Case.Patient.Pregnant);
        Assert.Contains(cohort, c => c.Case.Vitals.Spo2Percent is null);
        Assert.Contains(cohort, c => c.Case.Vitals.SystolicBp is null);
        Assert.InRange(cohort.Count(c => c.SeriousOutcome) / (double)cohort.Count, 0.01, 0.06);
    }

    [Fact]
    public void CsvRoundTripsEveryField()
    {
        var cohort = new CohortGenerator(3).Generate(500).ToList();
        var path = Path.GetTempFileName();
        try
        {
            CohortCsv.Write(path, cohort);
            var read = CohortCsv.Read(path);
            Assert.Equal(cohort.Select(CohortCsv.ToLine), read.Select(CohortCsv.ToLine));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void CsvErrorsNameTheLineAndColumn()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, [string.Join(',', CohortCsv.Columns), "40,MALE,0,,18,97,0,0,120,80,fast,36.6,ALERT,,COUGH,,0,"]);
            var error = Assert.Throws<FormatException>(() => CohortCsv.Read(path));
            Assert.Contains("line 2", error.Message);
            Assert.Contains("heart_rate 'fast'", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void CsvFromASpreadsheetWithQuotedCellsAndBlankLinesReads()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path,
            [
                string.Join(',', CohortCsv.Columns.Select(c => $"\"{c}\"")),
                "40,MALE,0,,18,97,0,0,120,80,88,36.6,ALERT,,\"COUGH;FEVER\",\"ASTHMA\",1,",
                "",
            ]);
            var visit = Assert.Single(CohortCsv.Read(path));
            Assert.Equal(88, visit.Case.Vitals.HeartRate);
            Assert.Equal(2, visit.Case.Symptoms.Count);
            Assert.True(visit.SeriousOutcome);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
