using Triage.Engine.Model;
using Triage.Engine.Wire;
using Triage.Reports.Localization;

namespace Triage.Gateway.Reports;

/// <summary>
/// What a report's reader must know first, in the reader's language. A model's training data is described in its
/// manifest's own words, which are quoted as they are.
/// </summary>
public static class ReportCaveats
{
    public static string Outcome(string language) => ReportTexts.Get("Caveat_Outcome", language);

    public static string NoModel(string language) => ReportTexts.Get("Caveat_NoModel", language);

    public static string Shadow(string language) => ReportTexts.Get("Caveat_Shadow", language);

    public static string Simulated(int simulated, int cases, string language) =>
        ReportTexts.Get("Caveat_Simulated", language, simulated, cases, SimulationMarker.PatientRefPrefix);

    public static string ActiveModel(ModelManifest manifest, string language) => ReportTexts.Get(
        manifest.TrainingData.Synthetic ? "Caveat_ModelSynthetic" : "Caveat_ModelOtherPopulation",
        language, $"{manifest.ModelId}/{manifest.Version}", manifest.TrainingData.Description);

    /// <param name="manifest">Null when the candidate is no longer configured on this gateway.</param>
    public static string Candidate(string version, ModelManifest? manifest, string language) => manifest is null
        ? ReportTexts.Get("Caveat_CandidateGone", language, version)
        : ReportTexts.Get(manifest.TrainingData.Synthetic ? "Caveat_CandidateSynthetic" : "Caveat_CandidateTrainedOn",
            language, version, manifest.TrainingData.Description);
}
