namespace Triage.Engine.Wire;

/// <summary>
/// Physiological and format limits of a case report other than the vital signs, whose possible ranges each
/// sign carries (<see cref="Cases.VitalSignCatalogue"/>). They reject typing errors and garbage, never a patient.
/// </summary>
public static class CaseBounds
{
    /// <summary>The oldest documented human lived 122 years and 164 days (Robine and Allard, Science 1998;279:1831).</summary>
    public static readonly AllowedRange AgeYears = new(0, 123, " years");

    public static readonly AllowedRange GestationWeeks = new(1, 45, " weeks");

    /// <summary>
    /// Pregnancy is documented from 5 years 7 months (Escomel, La Presse Médicale 1939: Lina Medina) and, after
    /// assisted conception, into the seventies; a pregnant child must never be turned away by the form.
    /// </summary>
    public static readonly AllowedRange PregnantAgeYears = new(5, 75, " years");

    public const int MaxClinicIdLength = 64;
    public const int MaxPatientRefLength = 64;
    public const int MaxComplaintLength = 2000;
    public const int MaxCodesPerList = 100;

    /// <summary>Terminals' clocks drift; a little future is tolerated, more is a wrong clock or a wrong year.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(10);

    /// <summary>Earlier than any terminal of this system could have recorded a case: a terminal clock reset to its epoch.</summary>
    public static readonly DateTimeOffset EarliestRecordedAt = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
