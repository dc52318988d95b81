using System.Text.RegularExpressions;
using Triage.Engine.Coverage;
using Triage.Engine.Localization;
using Triage.Engine.Referral;
using Triage.Engine.Rules;

namespace Triage.Engine.Tests.Wire;

/// <summary>Every rule, coverage code and complaint advice speaks all three languages, with the same values quoted in each.</summary>
public sealed partial class RuleTextTests
{
    private static IEnumerable<string> AllKeys =>
        ClinicalRules.All.Select(r => $"Reason_{r.Code}")
            .Concat(Enum.GetValues<Contracts.V1.Symptom>().Select(SymptomAdvice.KeyOf).Where(k => TextCatalog.Has(k, Languages.English)))
            .Concat(ReferralPolicyLoader.Shipped().Coverage.FreeForEveryone.Values.Distinct().Concat(CoveragePolicy.InsuranceCodes).Select(c => $"Coverage_{c}"));

    public static TheoryData<string> Keys => [.. AllKeys];

    [Theory]
    [MemberData(nameof(Keys))]
    public void Each_text_exists_in_Kazakh_Russian_and_English_with_the_same_placeholders(string key)
    {
        Assert.All(Languages.Supported, language => Assert.True(TextCatalog.Has(key, language), $"{key} missing in {language}"));

        var english = Template(key, Languages.English);
        foreach (var language in new[] { Languages.Kazakh, Languages.Russian })
        {
            var translated = Template(key, language);
            Assert.NotEqual(english, translated);
            Assert.Equal(Placeholders(english), Placeholders(translated));
        }
    }

    [Fact]
    public void Kazakh_texts_are_written_in_Kazakh_Cyrillic() =>
        Assert.All(AllKeys, key => Assert.Matches(KazakhLetters(), Template(key, Languages.Kazakh)));

    [Fact]
    public void Quoted_values_use_the_language_decimal_separator()
    {
        var patient = Clinical.CaseBuilder.Adult().WithVitals(v => v with { BloodGlucoseMmolL = 2.6 });

        var russian = Clinical.Engines.Default.Assess(patient.Build("ru")).Reasons.Single(r => r.Code == "RED_HYPOGLYCAEMIA").Text;
        var english = Clinical.Engines.Default.Assess(patient.Build("en")).Reasons.Single(r => r.Code == "RED_HYPOGLYCAEMIA").Text;

        Assert.Contains("2,6 ммоль/л", russian);
        Assert.Contains("2.6 mmol/L", english);
    }

    /// <summary>The raw template: formatting with placeholder names as arguments shows which ones it uses.</summary>
    private static string Template(string key, string language) =>
        TextCatalog.Get(key, language, Enumerable.Range(0, 4).Select(i => (object)$"<{i}>").ToArray()).Text;

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order()];

    [GeneratedRegex("<[0-9]>")]
    private static partial Regex Placeholder();

    [GeneratedRegex("[әғқңөұүһі]")]
    private static partial Regex KazakhLetters();
}
