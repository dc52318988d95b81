using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Localization;

namespace Triage.Engine.Wire;

/// <summary>
/// One vital sign as a page reads it (the console and the clinic app build their fields, tables and labels from
/// these rather than from a list of their own): where its value is in a case's JSON, how it is typed, its limits,
/// its NEWS2 score's name in a result, and its label and unit in every language.
/// </summary>
/// <param name="Field">The wire name, as a result's missing vitals name it.</param>
/// <param name="Key">The JSON name of the value in a case's vitals (e.g. <c>respiratoryRate</c>).</param>
/// <param name="Path">The field's path in a request, as validation errors name it.</param>
/// <param name="News2Score">The JSON name of its points in a result's NEWS2 (e.g. <c>respirationRateScore</c>); null when unscored.</param>
/// <param name="Unit">By language; null for a coded sign (consciousness).</param>
public sealed record VitalSignView(
    string Field,
    string Key,
    string Path,
    string Scale,
    RangeView? Possible,
    RangeView? Usual,
    string? News2Score,
    IReadOnlyDictionary<string, string> Label,
    IReadOnlyDictionary<string, string>? Unit)
{
    public static IReadOnlyList<VitalSignView> All { get; } = [.. VitalSignCatalogue.All.Select(Of)];

    private static VitalSignView Of(VitalSign sign) => new(
        sign.Field,
        Vitals.Descriptor.FindFieldByName(sign.Field).JsonName,
        sign.Path,
        sign.Scale.ToString(),
        RangeView.Of(sign.Possible),
        RangeView.Of(sign.Usual),
        sign.News2 is { } row ? Contracts.V1.News2.Descriptor.FindFieldByName(row.ScoreField).JsonName : null,
        InEveryLanguage(sign.LabelKey),
        sign.IsMeasured ? InEveryLanguage(sign.UnitKey) : null);

    private static Dictionary<string, string> InEveryLanguage(string key) =>
        Languages.Supported.ToDictionary(language => language, language => TextCatalog.Get(key, language).Text);
}
