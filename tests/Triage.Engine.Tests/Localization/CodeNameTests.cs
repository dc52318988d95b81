using System.Text.RegularExpressions;
using Triage.Contracts.V1;
using Triage.Engine.Localization;
using Triage.Engine.Rules;

namespace Triage.Engine.Tests.Localization;

/// <summary>Every code a person can meet on a screen has a name of its own in Kazakh, Russian and English.</summary>
public sealed partial class CodeNameTests
{
    private static readonly Dictionary<string, Func<string, LocalizedText>> Named = new[]
        {
            Enum.GetValues<Symptom>().Select(s => Entry(s, language => CodeNames.Of(s, language))),
            Enum.GetValues<ChronicCondition>().Select(c => Entry(c, language => CodeNames.Of(c, language))),
            Enum.GetValues<PainScale>().Select(p => Entry(p, language => CodeNames.Of(p, language))),
            Enum.GetValues<Consciousness>().Select(c => Entry(c, language => CodeNames.Of(c, language))),
            Enum.GetValues<Specialty>().Select(s => Entry(s, language => CodeNames.Of(s, language))),
            ClinicalRules.All.Select(r => r.Code).Append(TriageEngine.RiskNotEstimated).Append(TriageEngine.ModelRaisedLevel)
                .Select(code => (CodeNames.RuleKey(code), (Func<string, LocalizedText>)(language => CodeNames.OfRule(code, language)))),
        }
        .SelectMany(e => e)
        .ToDictionary(e => e.Item1, e => e.Item2);

    public static TheoryData<string> Keys => [.. Named.Keys];

    [Theory]
    [MemberData(nameof(Keys))]
    public void Each_code_has_a_name_in_every_language_written_in_its_own_script(string key)
    {
        var names = Languages.Supported.ToDictionary(l => l, l => Named[key](l));

        Assert.All(names, n => Assert.Equal(n.Key, n.Value.Language));
        Assert.All(names.Values, n => Assert.False(string.IsNullOrWhiteSpace(n.Text)));
        Assert.Matches(Cyrillic(), names[Languages.Kazakh].Text);
        Assert.Matches(Cyrillic(), names[Languages.Russian].Text);
        Assert.DoesNotMatch(Cyrillic(), names[Languages.English].Text);
    }

    [Fact]
    public void A_name_is_found_by_the_code_itself()
    {
        Assert.Equal("Жәндіктің шағуы", CodeNames.Of(Symptom.InsectSting, Languages.Kazakh).Text);
        Assert.Equal("Сахарный диабет", CodeNames.Of(ChronicCondition.Diabetes, Languages.Russian).Text);
        Assert.Equal("Faces pain scale (FPS-R)", CodeNames.Of(PainScale.Faces, Languages.English).Text);
        Assert.Equal("Подозрение на инсульт", CodeNames.OfRule("RED_STROKE_FAST", Languages.Russian).Text);
    }

    [Fact]
    public void A_code_without_a_name_is_a_clear_error() =>
        Assert.Throws<KeyNotFoundException>(() => CodeNames.OfRule("NO_SUCH_RULE", Languages.English));

    private static (string, Func<string, LocalizedText>) Entry<T>(T value, Func<string, LocalizedText> name) where T : struct, Enum =>
        (CodeNames.KeyOf(value), name);

    [GeneratedRegex("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")]
    private static partial Regex Cyrillic();
}
