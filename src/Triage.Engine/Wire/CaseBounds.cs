namespace Triage.Engine.Wire;

/// <summary>
/// Physiological and format limits of a case report. They reject typing errors and garbage, not sick patients:
/// each range is wider than any value seen alive at the bedside, so a true extreme is never refused.
/// </summary>
public static class CaseBounds
{
    public static readonly AllowedRange AgeYears = new(0, 120, " years");
    public static readonly AllowedRange GestationWeeks = new(1, 45, " weeks");
    public static readonly AllowedRange PregnantAgeYears = new(10, 60, " years");
    public static readonly AllowedRange RespiratoryRate = new(0, 80, " breaths/min");
    public static readonly AllowedRange Spo2Percent = new(50, 100, " %");
    public static readonly AllowedRange SystolicBp = new(40, 300, " mmHg");
    public static readonly AllowedRange DiastolicBp = new(20, 200, " mmHg");
    public static readonly AllowedRange HeartRate = new(20, 300, " beats/min");
    public static readonly AllowedRange TemperatureC = new(25, 45, " °C");
    public static readonly AllowedRange BloodGlucoseMmolL = new(0.5, 60, " mmol/L");

    /// <summary>Every scale the contract names (NRS, FPS-R, FLACC) is scored 0-10.</summary>
    public static readonly AllowedRange PainScore = new(0, 10, "");

    public const int MaxClinicIdLength = 64;
    public const int MaxPatientRefLength = 64;
    public const int MaxComplaintLength = 2000;
    public const int MaxCodesPerList = 100;

    /// <summary>Terminals' clocks drift; a little future is tolerated, more is a wrong clock or a wrong year.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(10);

    /// <summary>Earlier than any terminal of this system could have recorded a case: a terminal clock reset to its epoch.</summary>
    public static readonly DateTimeOffset EarliestRecordedAt = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
