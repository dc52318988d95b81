using System.Text.RegularExpressions;
using Triage.Contracts.V1;
using Triage.Engine.Localization;
using Triage.Contracts;
using Triage.Engine.Cases;

namespace Triage.Engine.Wire;

/// <summary>
/// Checks every field of a case report against its format and physiological bounds and reports all
/// violations at once, each with the field's path in the request and the allowed range.
/// </summary>
public static partial class CaseReportValidator
{
    private const string Root = "case";

    /// <summary>Throws <see cref="CaseValidationException"/> listing every violation.</summary>
    public static void EnsureValid(CaseReport? report, DateTimeOffset now)
    {
        var violations = Validate(report, now);
        if (violations.Count > 0)
        {
            throw new CaseValidationException(violations);
        }
    }

    public static IReadOnlyList<FieldViolation> Validate(CaseReport? report, DateTimeOffset now)
    {
        var errors = new List<FieldViolation>();
        if (report is null)
        {
            errors.Add(new(Root, "required"));
            return errors;
        }

        CheckIdentity(report, now, errors);
        CheckPatient(report.Patient, errors);
        CheckVitals(report.Vitals, errors);
        CheckCodes(report.Symptoms, $"{Root}.symptoms", errors);
        CheckCodes(report.ChronicConditions, $"{Root}.chronic_conditions", errors);
        CheckLength(report.Complaint, $"{Root}.complaint", CaseBounds.MaxComplaintLength, errors);
        if (report.Language.Length > 0 && !Languages.IsSupported(report.Language))
        {
            errors.Add(new($"{Root}.language", $"must be one of {string.Join(", ", Languages.Supported)} (or empty for {Languages.Default}); got '{Truncate(report.Language)}'"));
        }

        return errors;
    }

    private static void CheckIdentity(CaseReport report, DateTimeOffset now, List<FieldViolation> errors)
    {
        if (!Guid.TryParseExact(report.ClientCaseId, "D", out _))
        {
            errors.Add(new($"{Root}.client_case_id", $"must be a UUID such as 3f2b8c1e-6a47-4d0c-9a51-2b7e1f0c9d84; got '{Truncate(report.ClientCaseId)}'"));
        }

        if (!ClinicIdPattern().IsMatch(report.ClinicId))
        {
            errors.Add(new($"{Root}.clinic_id", $"must be 1 to {CaseBounds.MaxClinicIdLength} letters, digits, '-' or '_'; got '{Truncate(report.ClinicId)}'"));
        }

        if (report.RecordedAt is null)
        {
            errors.Add(new($"{Root}.recorded_at", "required: when the case was recorded at the health post"));
        }
        else if (!IsValidTimestamp(report.RecordedAt))
        {
            errors.Add(new($"{Root}.recorded_at", "must be a valid timestamp"));
        }
        else
        {
            var recordedAt = report.RecordedAt.ToDateTimeOffset();
            if (recordedAt > now + CaseBounds.MaxClockSkew || recordedAt < CaseBounds.EarliestRecordedAt)
            {
                errors.Add(new($"{Root}.recorded_at", $"must be between {CaseBounds.EarliestRecordedAt:O} and {now + CaseBounds.MaxClockSkew:O} (now, allowing for clock drift); got {recordedAt:O}"));
            }
        }
    }

    private static void CheckPatient(Patient? patient, List<FieldViolation> errors)
    {
        const string path = Root + ".patient";
        if (patient is null)
        {
            errors.Add(new(path, "required"));
            return;
        }

        if (patient.HasAgeYears)
        {
            CheckRange(patient.AgeYears, CaseBounds.AgeYears, $"{path}.age_years", errors);
        }

        CheckDefined(patient.Sex, $"{path}.sex", errors);
        CheckDefined(patient.Insurance, $"{path}.insurance", errors);
        CheckDefined(patient.SocialCategory, $"{path}.social_category", errors);
        CheckLength(patient.PatientRef, $"{path}.patient_ref", CaseBounds.MaxPatientRefLength, errors);
        CheckPregnancy(patient, path, errors);
    }

    private static void CheckPregnancy(Patient patient, string path, List<FieldViolation> errors)
    {
        if (!patient.Pregnant)
        {
            if (patient.HasGestationWeeks)
            {
                errors.Add(new($"{path}.gestation_weeks", "must be absent unless pregnant is true"));
            }

            return;
        }

        if (patient.Sex == Sex.Male)
        {
            errors.Add(new($"{path}.pregnant", "must be false when sex is MALE"));
        }

        if (patient.HasAgeYears && double.IsFinite(patient.AgeYears) && !CaseBounds.PregnantAgeYears.Contains(patient.AgeYears))
        {
            errors.Add(new($"{path}.pregnant", $"pregnancy is recorded only for ages {CaseBounds.PregnantAgeYears.Min}–{CaseBounds.PregnantAgeYears.Max} years; age_years is {patient.AgeYears}"));
        }

        if (patient.HasGestationWeeks)
        {
            CheckRange(patient.GestationWeeks, CaseBounds.GestationWeeks, $"{path}.gestation_weeks", errors);
        }
    }

    private static void CheckVitals(Vitals? vitals, List<FieldViolation> errors)
    {
        const string path = Root + ".vitals";
        if (vitals is null)
        {
            return;
        }

        foreach (var sign in VitalSignCatalogue.Measured)
        {
            if (WireVitals.Get(vitals, sign) is { } value) CheckRange(value, sign.Possible!, $"{path}.{sign.Field}", errors);
        }

        CheckDefined(vitals.Consciousness, $"{path}.consciousness", errors);
        CheckDefined(vitals.PainScale, $"{path}.pain_scale", errors);

        if (vitals.HasDiastolicBp && vitals.HasSystolicBp && vitals.DiastolicBp >= vitals.SystolicBp)
        {
            errors.Add(new($"{path}.diastolic_bp", $"must be below systolic_bp ({vitals.SystolicBp} mmHg); got {vitals.DiastolicBp}"));
        }

        if (vitals.HasDiastolicBp && !vitals.HasSystolicBp)
        {
            errors.Add(new($"{path}.systolic_bp", "required when diastolic_bp is given"));
        }
    }

    private static void CheckCodes<T>(IReadOnlyCollection<T> codes, string path, List<FieldViolation> errors) where T : struct, Enum
    {
        if (codes.Count > CaseBounds.MaxCodesPerList)
        {
            errors.Add(new(path, $"must have at most {CaseBounds.MaxCodesPerList} entries; got {codes.Count}"));
            return;
        }

        var index = 0;
        foreach (var code in codes)
        {
            if (!Enum.IsDefined(code) || Convert.ToInt32(code, System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                errors.Add(new($"{path}[{index}]", $"must be a known {typeof(T).Name} code other than the unspecified 0; got {Convert.ToInt32(code, System.Globalization.CultureInfo.InvariantCulture)}"));
            }

            index++;
        }
    }

    private static void CheckDefined<T>(T value, string path, List<FieldViolation> errors) where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            var allowed = string.Join(", ", Enum.GetValues<T>().Select(WireName.Of));
            errors.Add(new(path, $"must be one of {allowed}; got {Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)}"));
        }
    }

    private static void CheckRange(double value, AllowedRange range, string path, List<FieldViolation> errors)
    {
        if (!double.IsFinite(value) || !range.Contains(value))
        {
            errors.Add(new(path, range.Describe(value)));
        }
    }

    private static void CheckLength(string value, string path, int max, List<FieldViolation> errors)
    {
        if (value.Length > max)
        {
            errors.Add(new(path, $"must be at most {max} characters; got {value.Length}"));
        }
    }

    private static bool IsValidTimestamp(Google.Protobuf.WellKnownTypes.Timestamp timestamp) =>
        timestamp.Seconds is >= -62135596800L and <= 253402300799L && timestamp.Nanos is >= 0 and < 1_000_000_000;

    private static string Truncate(string value) => value.Length <= 64 ? value : value[..64] + "…";

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex ClinicIdPattern();
}
