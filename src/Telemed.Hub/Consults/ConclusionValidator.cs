using System.Text.RegularExpressions;
using Triage.Contracts.V1;
using Triage.Data.Consults;
using Triage.Contracts;

namespace Telemed.Hub.Consults;

/// <summary>Checks a specialist's conclusion before it becomes the case's outcome.</summary>
public static partial class ConclusionValidator
{
    public const int MaxDiagnosisLength = 500;
    public const int MaxPlanLength = 4000;

    /// <summary>The conclusion to store, or the list of what is wrong with it.</summary>
    public static (ConsultConclusion? Conclusion, IReadOnlyList<string> Errors) Validate(ConclusionRequest request)
    {
        var errors = new List<string>();
        if (!WireName.TryParse<ReferralLevel>(request.FinalLevel ?? "", out var level) || level == ReferralLevel.Unspecified)
        {
            errors.Add($"finalLevel must be one of TREAT_LOCALLY, ROUTINE_REFERRAL, URGENT_REFERRAL, EMERGENCY; got '{request.FinalLevel}'");
        }

        if (!Icd10Pattern().IsMatch(request.Icd10Code ?? ""))
        {
            errors.Add($"icd10Code must be an ICD-10 code such as J18.9 or I21; got '{request.Icd10Code}'");
        }

        if (string.IsNullOrWhiteSpace(request.Diagnosis) || request.Diagnosis.Length > MaxDiagnosisLength)
        {
            errors.Add($"diagnosis is required, at most {MaxDiagnosisLength} characters");
        }

        if ((request.Plan?.Length ?? 0) > MaxPlanLength)
        {
            errors.Add($"plan must be at most {MaxPlanLength} characters");
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ConsultConclusion((int)level, request.Icd10Code!, request.Diagnosis!.Trim(), request.Plan?.Trim() ?? ""), errors);
    }

    /// <summary>WHO ICD-10: a letter, two digits, and optionally a dot and up to four more characters.</summary>
    [GeneratedRegex("^[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?$")]
    private static partial Regex Icd10Pattern();
}
