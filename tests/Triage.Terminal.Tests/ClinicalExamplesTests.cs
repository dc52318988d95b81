using Triage.Contracts.V1;

namespace Triage.Terminal.Tests;

/// <summary><c>assess</c> on the clinical example file prints the level, specialty and coverage each case should get.</summary>
public sealed class ClinicalExamplesTests
{
    private static readonly (ReferralLevel Level, Specialty Specialty, string Why)[] Expected =
    [
        (ReferralLevel.Emergency, Specialty.Neurology, "facial droop and slurred speech: FAST"),
        (ReferralLevel.Emergency, Specialty.Cardiology, "chest pain at 58: suspected ACS"),
        (ReferralLevel.Emergency, Specialty.Obstetrics, "150/100 with headache at 34 weeks: pre-eclampsia"),
        (ReferralLevel.UrgentReferral, Specialty.Paediatrics, "fever at five weeks"),
        (ReferralLevel.Emergency, Specialty.Paediatrics, "two-year-old unable to drink: IMCI danger sign"),
        (ReferralLevel.UrgentReferral, Specialty.Traumatology, "dog bite: rabies prophylaxis today"),
        (ReferralLevel.Emergency, Specialty.Toxicology, "snake bite"),
        (ReferralLevel.UrgentReferral, Specialty.Cardiology, "heart failure with breathlessness"),
        (ReferralLevel.UrgentReferral, Specialty.Endocrinology, "diabetes with vomiting"),
        (ReferralLevel.TreatLocally, Specialty.InternalMedicine, "sore throat, normal vitals"),
        (ReferralLevel.RoutineReferral, Specialty.Cardiology, "150/95: planned diagnosis of hypertension"),
        (ReferralLevel.UrgentReferral, Specialty.Obstetrics, "labour at 39 weeks"),
        (ReferralLevel.Emergency, Specialty.Paediatrics, "stridor at three years: ETAT"),
        (ReferralLevel.Emergency, Specialty.InternalMedicine, "fever, RR 24, systolic 98, confused: sepsis"),
        (ReferralLevel.Emergency, Specialty.Psychiatry, "suicidal thoughts: imminent risk (mhGAP)"),
        (ReferralLevel.Emergency, Specialty.Ophthalmology, "eye pain with blurred vision: angle closure"),
        (ReferralLevel.TreatLocally, Specialty.Paediatrics, "cough and fever at three years, breathing normal"),
    ];

    [Fact]
    public async Task Each_clinical_example_gets_its_expected_level_and_specialty()
    {
        var run = await TerminalRun.RunAsync(["assess", TerminalRun.Example("clinical-cases.jsonl")]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal(Expected.Length, run.Results.Count);
        Assert.All(run.Results.Zip(Expected), pair =>
            Assert.True((pair.Second.Level, pair.Second.Specialty) == (pair.First.ReferralLevel, pair.First.Specialty),
                $"{pair.Second.Why}: expected {pair.Second.Level} {pair.Second.Specialty}, got {pair.First.ReferralLevel} {pair.First.Specialty}"));
    }

    [Fact]
    public async Task Each_result_says_who_pays_in_the_case_language()
    {
        var results = (await TerminalRun.RunAsync(["assess", TerminalRun.Example("clinical-cases.jsonl")])).Results;

        Assert.All(results, r => Assert.NotEmpty(r.Coverage.Text));
        Assert.Equal(("COVERAGE_LOCAL_BUDGET", CoverageStatus.Covered, "ru"), (results[10].Coverage.Code, results[10].Coverage.Status, results[10].Language));
        Assert.Equal("COVERAGE_EMERGENCY", results[0].Coverage.Code);
    }
}
