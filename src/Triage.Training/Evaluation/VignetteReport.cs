using System.Text;
using Triage.Contracts.V1;
using Triage.Engine;
using Triage.Contracts;

namespace Triage.Training.Evaluation;

/// <summary>The engine against the guidelines' dispositions: share correct per category and population, and the two errors that matter most.</summary>
public sealed class VignetteReport(IReadOnlyList<VignetteOutcome> outcomes, string? modelVersion)
{
    public IReadOnlyList<VignetteOutcome> Outcomes { get; } = outcomes;

    /// <summary>Null when the engine ran on its rules alone.</summary>
    public string? ModelVersion { get; } = modelVersion;

    public VignetteShare Correct => VignetteShare.Among(Outcomes, o => o.Correct);

    public VignetteShare CorrectIn(VignetteCategory category) => VignetteShare.Among(In(category), o => o.Correct);

    public VignetteShare CorrectIn(VignettePopulation population) => VignetteShare.Among(Outcomes.Where(o => o.Vignette.Population == population), o => o.Correct);

    /// <summary>How often the model's own level, before the rules' floor, is the guideline's; empty without a model.</summary>
    public VignetteShare ModelAloneCorrectIn(VignetteCategory category) =>
        VignetteShare.Among(In(category).Where(o => o.ModelLevel is not null), o => o.ModelLevel == o.Vignette.ExpectedLevel);

    /// <summary>Self-care presentations sent anywhere but home or the health post.</summary>
    public VignetteShare OverTriageOfSelfCare => VignetteShare.Among(In(VignetteCategory.SelfCare), o => o.OverTriaged);

    /// <summary>Of the over-triaged self-care presentations, those the model raised past the rules' level.</summary>
    public VignetteShare SelfCareOverTriagedByModel => VignetteShare.Among(In(VignetteCategory.SelfCare).Where(o => o.OverTriaged), o => o.OverTriagedByModel);

    /// <summary>Emergencies given any level below EMERGENCY.</summary>
    public VignetteShare UnderTriageOfEmergencies => VignetteShare.Among(In(VignetteCategory.Emergency), o => o.UnderTriaged);

    public string ToTable()
    {
        var table = new StringBuilder();
        table.AppendLine($"Vignette benchmark: {Outcomes.Count} vignettes written from published guidelines; engine: rules{(ModelVersion is null ? " alone" : $" + model {ModelVersion}")}");
        table.AppendLine();
        table.AppendLine("| category | correct | over-triaged | under-triaged | model alone correct |");
        table.AppendLine("|---|---|---|---|---|");
        foreach (var category in Enum.GetValues<VignetteCategory>())
        {
            table.AppendLine($"| {category.FileName()} | {CorrectIn(category)} | {VignetteShare.Among(In(category), o => o.OverTriaged)} | {VignetteShare.Among(In(category), o => o.UnderTriaged)} | {ModelAloneCorrectIn(category)} |");
        }

        table.AppendLine();
        table.AppendLine("| population | correct |");
        table.AppendLine("|---|---|");
        foreach (var population in Enum.GetValues<VignettePopulation>())
        {
            table.AppendLine($"| {population.ToString().ToLowerInvariant()} | {CorrectIn(population)} |");
        }

        table.AppendLine();
        table.AppendLine($"All: {Correct} correct. Over-triage of self-care: {OverTriageOfSelfCare}, of which raised by the model: {SelfCareOverTriagedByModel}. Under-triage of emergencies: {UnderTriageOfEmergencies}.");
        foreach (var miss in Outcomes.Where(o => !o.Correct))
        {
            table.AppendLine($"- {miss.Vignette.Id}: expected {WireName.Of(miss.Vignette.ExpectedLevel)}, got {WireName.Of(miss.Level)} (rules {WireName.Of(miss.RuleLevel)}{(miss.ModelLevel is { } model ? $", model {WireName.Of(model)}" : "")})");
        }

        return table.ToString();
    }

    private IEnumerable<VignetteOutcome> In(VignetteCategory category) => Outcomes.Where(o => o.Vignette.Category == category);
}
