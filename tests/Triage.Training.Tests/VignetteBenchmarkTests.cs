using Timestamp = Google.Protobuf.WellKnownTypes.Timestamp;
using Triage.Contracts.V1;
using Triage.Engine;
using Triage.Engine.Model;
using Triage.Engine.Wire;
using Triage.Training.Evaluation;
using Xunit.Abstractions;

namespace Triage.Training.Tests;

/// <summary>The guideline vignettes are a sound test set, and the benchmark counts what it claims to count.</summary>
public sealed class VignetteBenchmarkTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<Vignette> Shipped = VignetteSet.Shipped();

    [Fact]
    public void The_set_has_at_least_forty_vignettes_balanced_across_categories_and_populations()
    {
        Assert.True(Shipped.Count >= 40, $"{Shipped.Count} vignettes");
        Assert.Equal(Shipped.Count, Shipped.Select(v => v.Id).Distinct().Count());
        foreach (var category in Enum.GetValues<VignetteCategory>())
        {
            var inCategory = Shipped.Where(v => v.Category == category).ToList();
            Assert.InRange(inCategory.Count, Shipped.Count / 5, Shipped.Count / 3);
            Assert.All(Enum.GetValues<VignettePopulation>(), p => Assert.True(inCategory.Count(v => v.Population == p) >= 3, $"{category} has fewer than 3 {p} vignettes"));
        }
    }

    [Fact]
    public void Every_vignette_names_its_source_and_is_a_valid_case_of_its_population()
    {
        var now = new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
        Assert.All(Shipped, v =>
        {
            Assert.False(string.IsNullOrWhiteSpace(v.Source));
            Assert.Empty(CaseReportValidator.Validate(Sendable(v.Case, now), now));
            var patient = v.Case.ToClinicalCase().Patient;
            Assert.Equal(v.Population == VignettePopulation.Pregnancy, patient.Pregnant);
            Assert.Equal(v.Population == VignettePopulation.Child, patient.AgeYears < Engine.Cases.PatientInfo.AdultAgeYears && !patient.Pregnant);
        });
    }

    [Fact]
    public void The_report_counts_correct_over_and_under_triage_and_who_over_triaged()
    {
        var report = new VignetteReport(
        [
            Outcome(VignetteCategory.SelfCare, VignettePopulation.Adult, ReferralLevel.TreatLocally, ReferralLevel.TreatLocally),
            Outcome(VignetteCategory.SelfCare, VignettePopulation.Child, ReferralLevel.UrgentReferral, ReferralLevel.TreatLocally),
            Outcome(VignetteCategory.SelfCare, VignettePopulation.Adult, ReferralLevel.RoutineReferral, ReferralLevel.RoutineReferral),
            Outcome(VignetteCategory.Emergency, VignettePopulation.Pregnancy, ReferralLevel.UrgentReferral, ReferralLevel.UrgentReferral),
            Outcome(VignetteCategory.Routine, VignettePopulation.Adult, ReferralLevel.RoutineReferral, ReferralLevel.RoutineReferral),
        ], "triage-risk/test");

        Assert.Equal(new VignetteShare(2, 5), report.Correct);
        Assert.Equal(new VignetteShare(1, 3), report.CorrectIn(VignetteCategory.SelfCare));
        Assert.Equal(new VignetteShare(2, 3), report.CorrectIn(VignettePopulation.Adult));
        Assert.Equal(new VignetteShare(0, 0), report.CorrectIn(VignetteCategory.Urgent));
        Assert.Equal(new VignetteShare(2, 3), report.OverTriageOfSelfCare);
        Assert.Equal(new VignetteShare(1, 2), report.SelfCareOverTriagedByModel);
        Assert.Equal(new VignetteShare(1, 1), report.UnderTriageOfEmergencies);
        Assert.Equal(new VignetteShare(1, 3), report.ModelAloneCorrectIn(VignetteCategory.SelfCare));
        Assert.Contains("| SELF_CARE | 1/3 (33 %) | 2/3 (67 %) | 0/3 (0 %) | 1/3 (33 %) |", report.ToTable());
        Assert.Contains("| URGENT | – | – | – | – |", report.ToTable());
    }

    [Fact]
    public void The_benchmark_runs_the_engine_with_the_shipped_model_over_every_vignette()
    {
        using var model = OnnxRiskModel.LoadShipped();

        var rulesAlone = VignetteBenchmark.Run(TriageEngine.CreateDefault());
        var hybrid = VignetteBenchmark.Run(TriageEngine.CreateDefault(model: model));
        output.WriteLine(rulesAlone.ToTable());
        output.WriteLine(hybrid.ToTable());

        Assert.Null(rulesAlone.ModelVersion);
        Assert.Equal(model.ModelVersion, hybrid.ModelVersion);
        Assert.Equal(Shipped.Count, hybrid.Outcomes.Count);
        Assert.All(rulesAlone.Outcomes.Zip(hybrid.Outcomes), pair =>
        {
            Assert.Equal(pair.First.Level, pair.Second.RuleLevel);
            Assert.True(pair.Second.Level >= pair.First.Level);
        });
    }

    private static VignetteOutcome Outcome(VignetteCategory category, VignettePopulation population, ReferralLevel level, ReferralLevel ruleLevel) =>
        new(new Vignette($"{category}-{population}-{level}", category, population, "test", "test", new CaseReport()), level, ruleLevel, level);

    /// <summary>A vignette carries only the clinical content; a terminal adds who sends it and when.</summary>
    private static CaseReport Sendable(CaseReport clinical, DateTimeOffset now)
    {
        var report = clinical.Clone();
        report.ClientCaseId = Guid.NewGuid().ToString();
        report.ClinicId = "VIGNETTES";
        report.RecordedAt = Timestamp.FromDateTimeOffset(now);
        return report;
    }
}
