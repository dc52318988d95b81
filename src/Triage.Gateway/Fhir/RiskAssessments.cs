using System.Globalization;
using Hl7.Fhir.Model;
using Triage.Contracts.V1;
using Triage.Engine;
using Triage.Contracts;

namespace Triage.Gateway.Fhir;

/// <summary>The engine's assessment as a <c>RiskAssessment</c>: the model's calibrated risk, NEWS2 and the model version.</summary>
internal static class RiskAssessments
{
    public static RiskAssessment Of(TriageResult result, ResourceReference patient, ResourceReference encounter, IReadOnlyList<ResourceReference> basis)
    {
        var assessment = new RiskAssessment
        {
            Status = ObservationStatus.Final,
            Subject = patient,
            Encounter = encounter,
            Occurrence = result.AssessedAt is null ? null : new FhirDateTime(result.AssessedAt.ToDateTimeOffset()),
            Method = result.ModelVersion == ""
                ? new CodeableConcept { Text = "NEWS2 and clinical rules" }
                : new CodeableConcept(CodeSystems.RiskModel, result.ModelVersion, result.ModelVersion) { Text = $"Risk model {result.ModelVersion}, NEWS2 and clinical rules" },
            Basis = [.. basis],
            Mitigation = result.Advice == "" ? null : result.Advice,
            Note = [.. result.Reasons.Select(r => new Annotation { Text = new Markdown($"{r.Code}: {r.Text}") })],
        };
        if (result.RiskEstimated)
        {
            assessment.Prediction.Add(new RiskAssessment.PredictionComponent
            {
                Outcome = new CodeableConcept { Text = "Serious outcome" },
                Probability = new FhirDecimal((decimal)result.Risk),
                Rationale = $"Calibrated probability from risk model {result.ModelVersion}",
            });
        }

        if (result.News2 is { } news2)
        {
            assessment.Prediction.Add(new RiskAssessment.PredictionComponent
            {
                Outcome = new CodeableConcept { Text = "Clinical deterioration (NEWS2)" },
                QualitativeRisk = QualitativeRisk(news2.ClinicalRisk) is { } band ? new CodeableConcept(CodeSystems.RiskProbability, band, WireName.Of(news2.ClinicalRisk)) : null,
                Rationale = string.Create(CultureInfo.InvariantCulture,
                    $"NEWS2 {news2.Total} (clinical risk {WireName.Of(news2.ClinicalRisk)}, SpO2 scale {news2.Spo2Scale}{(news2.RedScore ? ", red score" : "")})"),
            });
        }

        return assessment;
    }

    /// <summary>RCP NEWS2 risk bands on FHIR's risk-probability scale; low-medium and medium both call for an urgent response.</summary>
    private static string? QualitativeRisk(ClinicalRisk risk) => risk switch
    {
        ClinicalRisk.Low => "low",
        ClinicalRisk.LowMedium or ClinicalRisk.Medium => "moderate",
        ClinicalRisk.High => "high",
        _ => null,
    };
}
