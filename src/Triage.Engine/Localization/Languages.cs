namespace Triage.Engine.Localization;

/// <summary>The languages a feldsher can ask for; texts missing in one fall back to Russian, then English.</summary>
public static class Languages
{
    public const string Kazakh = "kk";
    public const string Russian = "ru";
    public const string English = "en";

    /// <summary>Used when a case names no language: the lingua franca of the region's health posts.</summary>
    public const string Default = Russian;

    public static readonly IReadOnlyList<string> Supported = [Kazakh, Russian, English];

    public static bool IsSupported(string language) => Supported.Contains(language);

    /// <summary>The order in which translations are tried for a case in <paramref name="language"/>.</summary>
    public static IEnumerable<string> FallbackChain(string language) =>
        new[] { string.IsNullOrEmpty(language) ? Default : language, Russian, English }.Distinct();
}
