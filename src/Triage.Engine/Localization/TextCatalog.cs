namespace Triage.Engine.Localization;

/// <summary>Reason and advice texts from Resources/Texts*.resx, looked up along the language fallback chain.</summary>
public static class TextCatalog
{
    private static readonly ResxCatalog Texts = new("Triage.Engine.Resources.Texts", typeof(TextCatalog).Assembly);

    /// <summary>The text for <paramref name="key"/> in the first language of the chain that has it, and that language.</summary>
    public static LocalizedText Get(string key, string language, params object[] arguments) =>
        Texts.Find(key, language, arguments)
        ?? throw new KeyNotFoundException($"No text '{key}' in any language; every rule and level must have one in Texts.resx.");

    public static bool Has(string key, string language) => Texts.Has(key, language);
}
