using System.Security.Cryptography;
using System.Text;

namespace Triage.Gateway.Fhir;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5 layout) for the resources of a case's bundle: exporting the same case
/// twice gives the same <c>fullUrl</c>s, so a receiving system can recognise what it already has.
/// </summary>
internal static class StableUuid
{
    public static Guid For(Guid caseId, string name)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes($"{caseId:D}/{name}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    public static string Urn(Guid id) => $"urn:uuid:{id:D}";
}
