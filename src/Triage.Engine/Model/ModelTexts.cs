using System.Globalization;
using System.Resources;
using Triage.Engine.Localization;

namespace Triage.Engine.Model;

/// <summary>Feature labels and explanation phrasing from Resources/ModelTexts*.resx, along the usual language fallback chain.</summary>
public static class ModelTexts
{
    public const string FeatureKeyPrefix = "Feature_";

    private static readonly ResourceManager Resources = new("Triage.Engine.Resources.ModelTexts", typeof(ModelTexts).Assembly);

    /// <summary>The text for <paramref name="key"/> in the first language of the chain that has it, or null when none has.</summary>
    public static LocalizedText? Find(string key, string language, params object[] arguments)
    {
        foreach (var candidate in Languages.FallbackChain(language))
        {
            var culture = candidate == Languages.English ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(candidate);
            if (Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?.GetString(key) is { } template)
            {
                return new LocalizedText(string.Format(culture, template, arguments), candidate);
            }
        }

        return null;
    }
}
