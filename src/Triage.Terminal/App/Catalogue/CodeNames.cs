using Triage.Engine;
using System.Text.RegularExpressions;
using Triage.Engine.Localization;
using Triage.Engine.Wire;
using Triage.Contracts;

namespace Triage.Terminal.App.Catalogue;

/// <summary>
/// The words for the contract's codes, from the engine's text catalogue (its one owner), in every language at once
/// so the page can switch language without asking again.
/// </summary>
public static partial class CodeNames
{
    /// <summary>The name of <paramref name="code"/> per language, e.g. Symptom_CHEST_PAIN; null when the catalogue has none.</summary>
    public static IReadOnlyDictionary<string, string>? Of(string prefix, string code)
    {
        var key = $"{prefix}_{code}";
        return Languages.Supported.Any(l => TextCatalog.Has(key, l))
            ? Languages.Supported.ToDictionary(l => l, l => TextCatalog.Get(key, l).Text)
            : null;
    }

    public static IReadOnlyDictionary<string, string>? Of<T>(string prefix, T code) where T : struct, Enum => Of(prefix, WireName.Of(code));

    /// <summary>EarNoseThroatAndEyes → EAR_NOSE_THROAT_AND_EYES, the way the contract spells its codes.</summary>
    public static string Upper(Enum value) => WordStart().Replace(value.ToString(), "_$1").ToUpperInvariant();

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex WordStart();
}
