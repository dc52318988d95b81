namespace Triage.Engine.News2;

/// <summary>
/// Royal College of Physicians. National Early Warning Score (NEWS) 2: Standardising the assessment of
/// acute-illness severity in the NHS. Updated report of a working party. London: RCP, 2017. Chart 1.
/// Bands are written as inclusive upper bounds of the chart's ranges.
/// </summary>
internal static class News2Chart
{
    /// <summary>Respiration rate (per minute): ≤8 → 3, 9–11 → 1, 12–20 → 0, 21–24 → 2, ≥25 → 3.</summary>
    public static readonly ScoreBands RespirationRate = new((8, 3), (11, 1), (20, 0), (24, 2), (double.MaxValue, 3));

    /// <summary>SpO2 scale 1 (%): ≤91 → 3, 92–93 → 2, 94–95 → 1, ≥96 → 0.</summary>
    public static readonly ScoreBands Spo2Scale1 = new((91, 3), (93, 2), (95, 1), (double.MaxValue, 0));

    /// <summary>SpO2 scale 2 (%), the part that does not depend on oxygen: ≤83 → 3, 84–85 → 2, 86–87 → 1, 88–92 → 0.</summary>
    public static readonly ScoreBands Spo2Scale2BelowTarget = new((83, 3), (85, 2), (87, 1), (92, 0));

    /// <summary>SpO2 scale 2 (%) on oxygen above the 88–92 target: 93–94 → 1, 95–96 → 2, ≥97 → 3. On air, ≥93 scores 0.</summary>
    public static readonly ScoreBands Spo2Scale2AboveTargetOnOxygen = new((94, 1), (96, 2), (double.MaxValue, 3));

    /// <summary>Upper bound of scale 2's target range (88–92 %).</summary>
    public const int Spo2Scale2TargetMax = 92;

    /// <summary>Air or oxygen: any supplemental oxygen → 2.</summary>
    public const int SupplementalOxygenScore = 2;

    /// <summary>Systolic blood pressure (mmHg): ≤90 → 3, 91–100 → 2, 101–110 → 1, 111–219 → 0, ≥220 → 3.</summary>
    public static readonly ScoreBands SystolicBp = new((90, 3), (100, 2), (110, 1), (219, 0), (double.MaxValue, 3));

    /// <summary>Pulse (per minute): ≤40 → 3, 41–50 → 1, 51–90 → 0, 91–110 → 1, 111–130 → 2, ≥131 → 3.</summary>
    public static readonly ScoreBands Pulse = new((40, 3), (50, 1), (90, 0), (110, 1), (130, 2), (double.MaxValue, 3));

    /// <summary>Consciousness: Alert → 0; new confusion, voice, pain or unresponsive (CVPU) → 3.</summary>
    public const int NotAlertScore = 3;

    /// <summary>Temperature (°C, to one decimal): ≤35.0 → 3, 35.1–36.0 → 1, 36.1–38.0 → 0, 38.1–39.0 → 1, ≥39.1 → 2.</summary>
    public static readonly ScoreBands Temperature = new((35.0, 3), (36.0, 1), (38.0, 0), (39.0, 1), (double.MaxValue, 2));

    /// <summary>Thresholds of the aggregate score (RCP NEWS2 2017, chart 2: clinical response).</summary>
    public const int MediumThreshold = 5;

    public const int HighThreshold = 7;

    /// <summary>A single parameter scoring 3 is a "red score".</summary>
    public const int RedScoreParameter = 3;
}
