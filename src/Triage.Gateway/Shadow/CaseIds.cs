namespace Triage.Gateway.Shadow;

/// <summary>Case ids are UUID v7, which begin with their creation time in milliseconds and so sort by it.</summary>
public static class CaseIds
{
    /// <summary>An id below every case id created at or after <paramref name="time"/>.</summary>
    public static Guid EarliestAt(DateTimeOffset time)
    {
        Span<byte> bytes = stackalloc byte[16];
        var milliseconds = Math.Max(0, time.ToUnixTimeMilliseconds());
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }

        return new Guid(bytes, bigEndian: true);
    }
}
