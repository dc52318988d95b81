using System.Security.Cryptography;
using Google.Protobuf;
using Triage.Contracts.V1;

namespace Triage.Contracts;

/// <summary>
/// A short fingerprint of an assessment's content (level, specialty, reasons, advice, risk, NEWS2, …) without what
/// only names the occasion (case ids, time of assessment), so a terminal and the gateway can tell whether they
/// reached the same result without sending it. Protobuf writes fields in number order, so equal content gives equal bytes.
/// </summary>
public static class ResultDigest
{
    private const int Bytes = 16;

    public static ByteString Of(TriageResult result)
    {
        var content = result.Clone();
        content.CaseId = "";
        content.ClientCaseId = "";
        content.AssessedAt = null;
        return ByteString.CopyFrom(SHA256.HashData(content.ToByteArray()).AsSpan(0, Bytes));
    }
}
