using System.Security.Cryptography;
using Google.Protobuf;
using Triage.Contracts.V1;

namespace Triage.Data.Cases;

/// <summary>
/// A content hash of a report that ignores the order of its symptom and condition lists, so a retry that
/// lists them differently is still recognised as the same case.
/// </summary>
public static class CaseFingerprint
{
    public static string Of(CaseReport report)
    {
        var canonical = report.Clone();
        Sort(canonical.Symptoms);
        Sort(canonical.ChronicConditions);
        return Convert.ToHexString(SHA256.HashData(canonical.ToByteArray()));
    }

    private static void Sort<T>(Google.Protobuf.Collections.RepeatedField<T> field) where T : struct, Enum
    {
        var sorted = field.Distinct().OrderBy(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        field.Clear();
        field.AddRange(sorted);
    }
}
