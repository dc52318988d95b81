using System.Globalization;
using System.Resources;

namespace Triage.Engine.Localization;

/// <summary>Reason and advice texts from Resources/Texts*.resx, looked up along the language fallback chain.</summary>
public static class TextCatalog
{
    private static readonly ResourceManager Resources = new("Triage.Engine.Resources.Texts", typeof(TextCatalog).Assembly);

    /// <summary>The text for <paramref name="key"/> in the first language of the chain that has it, and that language.</summary>
    public static LocalizedText Get(string key, string language, params object[] arguments)
    {
        foreach (var candidate in Languages.FallbackChain(language))
        {
            if (Lookup(key, candidate) is { } template)
            {
                var culture = CultureFor(candidate);
                return new LocalizedText(string.Format(culture, template, arguments), candidate);
            }
        }

        throw new KeyNotFoundException($"No text '{key}' in any language; every rule and level must have one in Texts.resx.");
    }

    public static bool Has(string key, string language) => Lookup(key, language) is not null;

    private static string? Lookup(string key, string language) =>
        Resources.GetResourceSet(CultureFor(language), createIfNotExists: true, tryParents: false)?.GetString(key);

    /// <summary>English is the neutral (invariant) resource set.</summary>
    private static CultureInfo CultureFor(string language) =>
        language == Languages.English ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
}
