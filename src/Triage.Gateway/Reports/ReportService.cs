using Triage.Engine.Model;
using Triage.Reports;

namespace Triage.Gateway.Reports;

/// <summary>Builds the report of a scope from stored cases, with the caveats its reader must see first.</summary>
public sealed class ReportService(ReportCaseQuery query, IEnumerable<OnnxRiskModel> activeModel)
{
    public const string OutcomeCaveat =
        "Accuracy compares the engine's advice with specialists' final decisions; cases without a conclusion are not counted, " +
        "and a specialist's decision is a judgement, not a verified patient outcome.";

    public const string NoModelCaveat = "No risk model took part in these cases: the model and combined views reflect the rules alone.";

    public async Task<TriageReport> BuildAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var cases = await query.LoadAsync(scope, cancellationToken);
        List<string> caveats = [OutcomeCaveat];
        if (cases.All(c => c.Risk is null))
        {
            caveats.Add(NoModelCaveat);
        }

        foreach (var manifest in activeModel.Select(m => m.Manifest).Where(m => m.TrainingData.Synthetic))
        {
            caveats.Add($"The risk model {manifest.ModelId}/{manifest.Version} was trained on synthetic data only and has not been validated on patients: {manifest.TrainingData.Description}");
        }

        return TriageReportBuilder.Build(scope, cases, caveats);
    }
}
