using System.Globalization;
using System.Text;
using Triage.Engine.Model;
using Triage.Training.Cohort;
using Triage.Training.Evaluation;
using Triage.Training.Training;

namespace Triage.Training.Export;

/// <summary>MODEL_CARD.md, written from the same figures as the manifest and the evaluation so that they never disagree.</summary>
public static class ModelCard
{
    /// <param name="evaluation">The engine with this model on the held-out test sites, against the nurses and NEWS2 on the same visits.</param>
    /// <param name="candidate">True for a model shipped to be scored in shadow beside the active one, not to advise.</param>
    public static string Write(ModelManifest manifest, DataSource source, TrainingSettings settings, EvaluationReport evaluation, bool candidate)
    {
        var c = CultureInfo.InvariantCulture;
        var t = manifest.Thresholds;
        var s = new StringBuilder();
        s.AppendLine(c, $"# Model card: {manifest.ModelId} {manifest.Version}");
        s.AppendLine();
        s.AppendLine("**Not a medical device.** Decision support for trained clinicians; it never replaces clinical judgement.");
        s.AppendLine(source.Synthetic
            ? "**Trained on SYNTHETIC data only**: no real patient contributed, and the model has not been validated on patients."
            : "**Trained and validated on real patients**: US emergency-department visits, tested on hospitals it never saw. See the population shift below before trusting it at a health post.");
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
        s.AppendLine(c, $"Estimates, for one visit, the probability of a serious outcome ({source.Outcome}) from what a feldsher records:");
        s.AppendLine("age, sex, pregnancy, vital signs, consciousness, pain, symptoms and chronic conditions. The engine turns the risk into a");
        s.AppendLine("referral level under the region's referral budget and never lets it lower the level that the clinical rules set");
        s.AppendLine("(final level = max(rule floor, model level)). Its top contributing factors are shown as reasons.");
        s.AppendLine();
        s.AppendLine("## Model");
        s.AppendLine();
        s.AppendLine(c, $"- ML.NET FastTree gradient-boosted trees ({settings.Trees} trees of {settings.Leaves} leaves, learning rate {settings.LearningRate}), Platt calibration fitted on the validation hospitals.");
        s.AppendLine(c, $"- ONNX graph (`{manifest.Input.Name}` float32 [N, {manifest.Features.Count}] → `{manifest.Output.Name}` float32 [N, 1]); standard opsets only (ai.onnx 17, ai.onnx.ml 3).");
        s.AppendLine("- Missing measurements are not risk: a reading that was not taken is given its normal value for the patient's age before");
        s.AppendLine("  scoring (`missingMeasurements: normal-reference`, in training and serving alike), and the engine asks for the readings");
        s.AppendLine("  that could change its decision instead.");
        s.AppendLine(c, $"- Levels: risk ≥ {t.RoutineReferral:G4} → ROUTINE_REFERRAL, ≥ {t.UrgentReferral:G4} → URGENT_REFERRAL, ≥ {t.Emergency:G4} → EMERGENCY. {manifest.ThresholdPolicy}");
        s.AppendLine();
        s.AppendLine("## Data");
        s.AppendLine();
        s.AppendLine(c, $"{manifest.TrainingData.Description}");
        s.AppendLine();
        s.AppendLine(c, $"{manifest.TrainingData.Rows:N0} {(source.Synthetic ? "SYNTHETIC" : "real")} rows ({manifest.TrainingData.SeriousOutcomes:N0} serious outcomes) and no {(source.Synthetic ? "real" : "synthetic")} rows; split by {(source.Synthetic ? "row" : "hospital")} into about 60 % train, 20 % validation (calibration, trade-off curve) and 20 % test.");
        s.AppendLine();
        s.AppendLine(c, $"Calibration check of the data: {source.CalibrationCheck}");
        if (!source.Synthetic)
        {
            s.AppendLine();
            s.AppendLine("## Population shift: US emergency departments → rural Kazakh health posts");
            s.AppendLine();
            s.AppendLine("- **Case mix**: patients who came to an emergency department, often by ambulance, in 2010; a health post sees milder");
            s.AppendLine("  illness, so the share of visits above each threshold there is lower than the budget's share of ED visits, and the");
            s.AppendLine("  positive predictive value lower too.");
            s.AppendLine("- **What the model has not learned**: pregnancy is known only from a reason for visit (no gestation), blood glucose");
            s.AppendLine("  was not recorded, few children were seriously ill; obstetric, paediatric and glycaemic danger signs rest on the rules.");
            s.AppendLine("- **Outcome**: ED and in-hospital death and critical-care admission, under US admission practice; transfers and");
            s.AppendLine("  ordinary admissions are not counted as serious.");
            s.AppendLine("- **Symptoms**: the patient's reasons for visit, coded by NCHS and mapped to the engine's symptom codes by a reviewed");
            s.AppendLine("  table; a feldsher's own examination records more, so symptom effects are likely underestimated.");
            s.AppendLine("- **Before clinical use**: validate on the region's own concluded consults (the accuracy reports) and retrain with");
            s.AppendLine("  `triage-training train --data FILE.csv` where local data allow.");
        }

        s.AppendLine();
        s.AppendLine(c, $"## Held-out figures ({evaluation.Cases:N0} test visits, {evaluation.SeriousOutcomes:N0} serious outcomes)");
        s.AppendLine();
        s.AppendLine("AUROC with 95 % bootstrap intervals on the same visits; URGENT+ = share of visits sent URGENT_REFERRAL or EMERGENCY;");
        s.AppendLine("caught = share of serious outcomes sent URGENT_REFERRAL or EMERGENCY. The nurses' immediacy 1–2 counts as URGENT+.");
        s.AppendLine();
        s.AppendLine("| visits | decision-maker | AUROC, all | AUROC, adults where NEWS2 applies | URGENT+ per 100 | caught at URGENT+ |");
        s.AppendLine("|---|---|---|---|---|---|");
        Rows(s, "all", evaluation.Systems);
        foreach (var group in evaluation.AgeGroups)
        {
            Rows(s, FormattableString.Invariant($"{group.Group}: {group.Cases:N0}, {group.SeriousOutcomes} serious"), group.Systems);
        }

        s.AppendLine();
        s.AppendLine("Referral budget trade-off of the model alone on the test visits:");
        s.AppendLine();
        s.AppendLine("| referred per 100 visits | serious outcomes caught |");
        s.AppendLine("|---|---|");
        foreach (var p in evaluation.TradeOff.ModelCurve)
        {
            s.AppendLine(c, $"| {p.ReferralsPer100:F0} | {p.Sensitivity:P1} |");
        }

        var model = evaluation.Systems.Single(x => x.Name == SystemComparison.Model);
        s.AppendLine();
        s.AppendLine(c, $"Brier score {model.Brier:F4}. `triage-training evaluate` prints these and the calibration table, and writes the ROC and calibration plots.");
        s.AppendLine();
        s.AppendLine("## Limits");
        s.AppendLine();
        if (source.Synthetic)
        {
            s.AppendLine("- Synthetic data encode their authors' assumptions: prevalences, symptom rates and vital-sign effects are illustrative,");
            s.AppendLine("  and only NEWS2's overall discrimination is calibrated to a published figure. Figures on synthetic data say that the");
            s.AppendLine("  pipeline works, not how the model would do on patients.");
        }

        s.AppendLine("- The rules' floor is not counted against the budget: on emergency-department visits the rules alone already send many");
        s.AppendLine("  visits URGENT+ (see `evaluate`), and a red flag is never lowered.");
        s.AppendLine("- Not for use outside primary care triage, and never to lower a referral the rules or the clinician chose.");
        return s.ToString();
    }

    private static void Rows(StringBuilder s, string visits, IReadOnlyList<SystemReport> systems)
    {
        var c = CultureInfo.InvariantCulture;
        foreach (var x in systems)
        {
            var urgent = x.Levels is null ? "—" : (100.0 * (x.Levels.Count["URGENT_REFERRAL"] + x.Levels.Count["EMERGENCY"]) / x.Levels.Count.Values.Sum()).ToString("F1", c);
            var caught = x.Levels is null ? "—" : x.Levels.Sensitivity["URGENT_REFERRAL"].ToString("P1", c);
            s.AppendLine(c, $"| {visits} | {x.Name} | {x.Auroc?.ToString() ?? "—"} | {x.AurocAdults?.ToString() ?? "—"} | {urgent} | {caught} |");
        }
    }
}
