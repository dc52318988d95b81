using Triage.Cohort;
using Triage.Contracts.V1;
using Triage.Engine.Wire;
using Triage.Terminal.Simulation;

namespace Triage.Terminal.Tests;

/// <summary>The simulator's cases: the training cohort's patients, as a terminal would send them.</summary>
public sealed class CohortCaseSourceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_simulated_case_passes_the_gateways_validation()
    {
        var source = new CohortCaseSource(seed: 3);
        var reports = Enumerable.Range(0, 5000).Select(_ => source.Next("KZ-ZHA-KOR-01", Now)).ToList();

        Assert.All(reports, r => Assert.Empty(CaseReportValidator.Validate(r, Now)));
        Assert.Equal(5000, reports.Select(r => r.ClientCaseId).Distinct().Count());
        Assert.All(reports, r => Assert.InRange(r.RecordedAt.ToDateTimeOffset(), Now.AddHours(-1), Now));
        Assert.Equal(["en", "kk", "ru"], reports.Select(r => r.Language).Distinct().Order());
        Assert.All(reports, r => Assert.StartsWith("SIM-", r.Patient.PatientRef));
    }

    [Fact]
    public void The_cases_are_the_training_cohorts_patients_in_the_same_order()
    {
        var source = new CohortCaseSource(seed: 11);
        var cohort = new CohortGenerator(11).Generate(300).ToList();

        var simulated = Enumerable.Range(0, 300).Select(_ => source.NextCase("KZ-ZHA-MER-01", Now)).ToList();

        Assert.Equal(cohort.Select(c => c.SeriousOutcome), simulated.Select(s => s.Truth.SeriousOutcome));
        Assert.Equal(cohort.Select(c => c.Case.Vitals), simulated.Select(s => s.Report.ToClinicalCase().Vitals));
        Assert.Equal(cohort.Select(c => c.Case.Patient.AgeYears), simulated.Select(s => s.Report.ToClinicalCase().Patient.AgeYears));
        Assert.Contains(simulated, s => s.Report.Patient.AgeYears < 1);
        Assert.Contains(simulated, s => s.Report.Patient.Pregnant);
    }

    [Fact]
    public void The_same_seed_repeats_the_run_and_another_seed_does_not()
    {
        static List<string> Run(int seed)
        {
            var source = new CohortCaseSource(seed);
            return Enumerable.Range(0, 200).Select(_ => source.Next("KZ-ZHA-KOR-01", Now)).Select(Comparable).ToList();
        }

        Assert.Equal(Run(5), Run(5));
        Assert.NotEqual(Run(5), Run(6));
    }

    [Fact]
    public void Uninsured_patients_and_social_categories_D_and_E_appear_in_their_assumed_shares()
    {
        var source = new CohortCaseSource(seed: 8);
        var patients = Enumerable.Range(0, 10_000).Select(_ => source.Next("KZ-ZHA-SHU-01", Now).Patient).ToList();

        double Share(Func<Patient, bool> which) => patients.Count(which) / (double)patients.Count;
        Assert.InRange(Share(p => p.Insurance == InsuranceStatus.Uninsured), SimulatedCoverage.UninsuredShare - 0.02, SimulatedCoverage.UninsuredShare + 0.02);
        Assert.InRange(Share(p => p.SocialCategory == SocialCategory.D), 0.08, 0.12);
        Assert.InRange(Share(p => p.SocialCategory == SocialCategory.E), 0.035, 0.065);
        Assert.Equal(1.0, SimulatedCoverage.SocialCategoryShares.Sum(s => s.Share), precision: 9);
    }

    /// <summary>Everything but the fresh client_case_id, which is new on every run by design.</summary>
    private static string Comparable(CaseReport report)
    {
        var copy = report.Clone();
        copy.ClientCaseId = "";
        return copy.ToString();
    }
}
