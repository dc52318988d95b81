using System.Globalization;
using System.Reflection;
using System.Resources;

namespace Triage.Engine.Localization;

/// <summary>One set of Resources/*.resx texts of an assembly, looked up along the language fallback chain.</summary>
public sealed class ResxCatalog(string baseName, Assembly assembly)
{
    private readonly ResourceManager resources = new(baseName, assembly);

    /// <summary>The text for <paramref name="key"/> in the first language of the chain that has it, or null when none has.</summary>
    public LocalizedText? Find(string key, string language, params object[] arguments)
    {
        foreach (var candidate in Languages.FallbackChain(language))
        {
            if (Lookup(key, candidate) is { } template)
            {
                return new LocalizedText(string.Format(CultureFor(candidate), template, arguments), candidate);
            }
        }

        return null;
    }

    public bool Has(string key, string language) => Lookup(key, language) is not null;

    private string? Lookup(string key, string language) =>
        resources.GetResourceSet(CultureFor(language), createIfNotExists: true, tryParents: false)?.GetString(key);

    /// <summary>English is the neutral (invariant) resource set.</summary>
    private static CultureInfo CultureFor(string language) =>
        language == Languages.English ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
}
