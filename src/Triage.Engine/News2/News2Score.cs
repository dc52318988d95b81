using Triage.Contracts.V1;

namespace Triage.Engine.News2;

/// <summary>An aggregate NEWS2 with its parameter scores; a parameter not measured is null and scores nothing.</summary>
public sealed record News2Score(
    int? RespirationRate,
    int? Spo2,
    int AirOrOxygen,
    int? SystolicBp,
    int? Pulse,
    int? Consciousness,
    int? Temperature,
    int Spo2Scale,
    IReadOnlyList<string> MissingParameters)
{
    public int Total => new[] { RespirationRate, Spo2, AirOrOxygen, SystolicBp, Pulse, Consciousness, Temperature }.Sum(s => s ?? 0);

    public bool RedScore => new[] { RespirationRate, Spo2, SystolicBp, Pulse, Consciousness, Temperature }
        .Any(s => s == News2Chart.RedScoreParameter);

    public ClinicalRisk ClinicalRisk => Total >= News2Chart.HighThreshold ? ClinicalRisk.High
        : Total >= News2Chart.MediumThreshold ? ClinicalRisk.Medium
        : RedScore ? ClinicalRisk.LowMedium
        : ClinicalRisk.Low;
}
