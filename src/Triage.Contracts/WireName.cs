using System.Collections.Concurrent;
using System.Reflection;
using Google.Protobuf.Reflection;

namespace Triage.Contracts;

/// <summary>The proto names of enum values (EMERGENCY, CHEST_PAIN), which are also text keys and rule-data spellings.</summary>
public static class WireName
{
    private static readonly ConcurrentDictionary<Enum, string> Names = new();

    public static string Of<T>(T value) where T : struct, Enum =>
        Names.GetOrAdd(value, v => typeof(T).GetField(v.ToString())?.GetCustomAttribute<OriginalNameAttribute>()?.Name ?? v.ToString());

    /// <summary>Reads a proto name back; false for a name the enum does not have.</summary>
    public static bool TryParse<T>(string name, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (Of(candidate) == name)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
