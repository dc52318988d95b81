using System.Globalization;
using Triage.Engine.Model;
using Triage.Engine.Wire;
using Triage.Gateway.Shadow;
using Triage.Reports;
using Triage.Reports.Accuracy;

namespace Triage.Gateway.Reports;

/// <summary>Builds the report of a scope from stored cases, with the caveats its reader must see first.</summary>
public sealed class ReportService(ReportCaseQuery query, IEnumerable<OnnxRiskModel> activeModel, IEnumerable<CandidateModel> candidateModel)
{
    public const string OutcomeCaveat =
        "Accuracy compares the engine's advice with specialists' final decisions; cases without a conclusion are not counted, " +
        "and a specialist's decision is a judgement, not a verified patient outcome.";

    public const string NoModelCaveat = "No risk model took part in these cases: the model and combined views reflect the rules alone.";

    public const string ShadowCaveat =
        $"Model comparison: the {ModelComparisons.CandidateLabel} figures are what a candidate model would have advised (the higher of the " +
        "rules' floor and its own level); no terminal was given that advice and no specialist acted on it. Both sides are measured on the " +
        "same concluded cases, those the candidate has scored.";

    public static string SimulatedCaveat(int simulated, int cases) => string.Create(CultureInfo.InvariantCulture,
        $"{simulated:N0} of these {cases:N0} cases are SIMULATED: synthetic patients sent by the terminal's simulator (patient reference {SimulationMarker.PatientRefPrefix}…), " +
        $"with whatever outcomes were concluded for them. Figures built on them describe the simulation, not patients.");

    public async Task<TriageReport> BuildAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var cases = await query.LoadAsync(scope, cancellationToken);
        List<string> caveats = [];
        if (cases.Count(c => c.Simulated) is var simulated and > 0)
        {
            caveats.Add(SimulatedCaveat(simulated, cases.Count));
        }

        caveats.Add(OutcomeCaveat);
        if (cases.All(c => c.Risk is null))
        {
            caveats.Add(NoModelCaveat);
        }

        foreach (var manifest in activeModel.Select(m => m.Manifest))
        {
            caveats.Add(manifest.TrainingData.Synthetic
                ? $"The risk model {manifest.ModelId}/{manifest.Version} was trained on synthetic data only and has not been validated on patients: {manifest.TrainingData.Description}"
                : $"The risk model {manifest.ModelId}/{manifest.Version} was trained on real visits of another population, not on this region's patients: {manifest.TrainingData.Description}");
        }

        var compared = cases.Where(c => c.FinalLevel is not null).SelectMany(c => c.ShadowScores).Select(s => s.ModelVersion).Distinct().Order(StringComparer.Ordinal).ToList();
        if (compared.Count > 0)
        {
            caveats.Add(ShadowCaveat);
        }

        foreach (var version in compared)
        {
            caveats.Add(candidateModel.SingleOrDefault(c => c.ModelVersion == version)?.Model.Manifest is { } manifest
                ? manifest.TrainingData.Synthetic
                    ? $"The candidate risk model {version} ({ModelComparisons.CandidateLabel}) was trained on synthetic data only and has not been validated on patients: {manifest.TrainingData.Description}"
                    : $"The candidate risk model {version} ({ModelComparisons.CandidateLabel}) was trained on: {manifest.TrainingData.Description}"
                : $"The candidate risk model {version} is no longer configured on this gateway; what it was trained on is not stated here.");
        }

        return TriageReportBuilder.Build(scope, cases, caveats);
    }
}
