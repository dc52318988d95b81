using System.Globalization;
using System.Text;
using Triage.Contracts.V1;
using Triage.Engine.Model;
using Triage.Training.Training;

namespace Triage.Training.Export;

/// <summary>MODEL_CARD.md, written from the same figures as the manifest so that the two never disagree.</summary>
public static class ModelCard
{
    /// <param name="candidate">True for a model shipped to be scored in shadow beside the active one, not to advise.</param>
    public static string Write(ModelManifest manifest, TestMetrics test, string calibrationCheck, TrainingSettings settings, bool candidate)
    {
        var c = CultureInfo.InvariantCulture;
        var t = manifest.Thresholds;
        var s = new StringBuilder();
        s.AppendLine(c, $"# Model card: {manifest.ModelId} {manifest.Version}");
        s.AppendLine();
        s.AppendLine("**Not a medical device.** Decision support for trained clinicians; it never replaces clinical judgement.");
        s.AppendLine(c, $"**Trained on {(manifest.TrainingData.Synthetic ? "SYNTHETIC data only" : "the data described below")}**: {(manifest.TrainingData.Synthetic ? "no real patient contributed, and the model has not been validated on patients." : "")}");
        if (candidate)
        {
            s.AppendLine();
            s.AppendLine("**Candidate, for shadow scoring only**: with `Gateway:CandidateModelFile` pointing at it, the gateway scores every stored");
            s.AppendLine("case with it beside the active model and the reports compare the two on the same concluded cases. Its advice is never");
            s.AppendLine("shown to a terminal nor acted on unless it is promoted to `Gateway:RiskModelFile`.");
        }

        s.AppendLine();
        s.AppendLine("## Intended use");
        s.AppendLine();
        s.AppendLine("Estimates, for one visit to a rural health post, the probability of a serious outcome (death, ICU admission or");
        s.AppendLine("emergency transfer within 48 h) from what a feldsher records: age, sex, pregnancy, vital signs, symptoms and chronic");
        s.AppendLine("conditions. The engine turns the risk into a referral level and never lets it lower the level that the clinical rules");
        s.AppendLine("set (final level = max(rule floor, model level)). Its top contributing factors are shown as reasons.");
        s.AppendLine();
        s.AppendLine("## Model");
        s.AppendLine();
        s.AppendLine(c, $"- ML.NET FastTree gradient-boosted trees ({settings.Trees} trees of {settings.Leaves} leaves, learning rate {settings.LearningRate}), Platt calibration fitted on a held-out validation split.");
        s.AppendLine(c, $"- ONNX graph (`{manifest.Input.Name}` float32 [N, {manifest.Features.Count}], NaN = not measured → `{manifest.Output.Name}` float32 [N, 1]); standard opsets only (ai.onnx 17, ai.onnx.ml 3).");
        s.AppendLine("- Features: see the manifest's `features` (name and unit, in input order) and docs/model.md.");
        s.AppendLine(c, $"- Levels: risk ≥ {t.RoutineReferral:G4} → ROUTINE_REFERRAL, ≥ {t.UrgentReferral:G4} → URGENT_REFERRAL, ≥ {t.Emergency:G4} → EMERGENCY. {manifest.ThresholdPolicy}");
        s.AppendLine();
        s.AppendLine("## Data");
        s.AppendLine();
        s.AppendLine(c, $"{manifest.TrainingData.Description} {manifest.TrainingData.Rows:N0} cases, {manifest.TrainingData.SeriousOutcomes:N0} serious outcomes; split 60/20/20 into train, validation and test.");
        s.AppendLine();
        s.AppendLine(c, $"Calibration check of the cohort: {calibrationCheck}");
        s.AppendLine();
        s.AppendLine(c, $"## Metrics (held-out SYNTHETIC test split, {test.Rows:N0} cases, {test.SeriousOutcomes:N0} serious outcomes)");
        s.AppendLine();
        s.AppendLine("| metric | value |");
        s.AppendLine("|---|---|");
        s.AppendLine(c, $"| AUROC (95 % bootstrap CI) | {test.Auroc} |");
        s.AppendLine(c, $"| Brier score | {test.Brier:F4} |");
        foreach (var level in new[] { ReferralLevel.RoutineReferral, ReferralLevel.UrgentReferral, ReferralLevel.Emergency })
        {
            var name = Engine.WireName.Of(level);
            s.AppendLine(c, $"| sensitivity / specificity at {name} or above | {test.Levels.Sensitivity[name]:P1} / {test.Levels.Specificity[name]:P1} |");
        }

        s.AppendLine(c, $"| under-triage: serious outcome among TREAT_LOCALLY/ROUTINE | {test.Levels.UnderTriage:P2} |");
        s.AppendLine(c, $"| over-triage: no serious outcome among URGENT/EMERGENCY | {test.Levels.OverTriage:P1} |");
        s.AppendLine();
        s.AppendLine("The comparison with the rules alone and with the hybrid decision is printed by `triage-training evaluate`.");
        s.AppendLine();
        s.AppendLine("## Limits");
        s.AppendLine();
        s.AppendLine("- Synthetic data encode their authors' assumptions: prevalences, symptom rates and vital-sign effects are illustrative,");
        s.AppendLine("  and only NEWS2's overall discrimination is calibrated to a published figure. Figures on synthetic data say that the");
        s.AppendLine("  pipeline works, not how the model would do on patients.");
        s.AppendLine("- Retrain with `triage-training train --data FILE.csv` on local labelled data and review the evaluation before clinical use.");
        s.AppendLine("- Not for use outside primary care triage, and never to lower a referral the rules or the clinician chose.");
        s.AppendLine("- Missing vital signs are allowed, but estimates rest on what was measured: measure what you can.");
        return s.ToString();
    }
}
