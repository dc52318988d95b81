using Triage.Engine.Localization;

namespace Triage.Reports.Localization;

/// <summary>The report's own words, its caveats and its charts' titles, axes and legends, in Kazakh, Russian and English (Resources/ReportTexts*.resx).</summary>
public static class ReportTexts
{
    private static readonly ResxCatalog Texts = new("Triage.Reports.Resources.ReportTexts", typeof(ReportTexts).Assembly);

    public static string Get(string key, string language, params object[] arguments) =>
        Texts.Find(key, language, arguments)?.Text
        ?? throw new KeyNotFoundException($"No report text '{key}' in any language; every one must be in ReportTexts.resx.");
}
