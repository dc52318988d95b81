using Triage.Engine.Localization;

namespace Triage.Engine.Tests.Wire;

public sealed class LanguageFallbackTests
{
    [Theory]
    [InlineData("kk"), InlineData("ru"), InlineData("en")]
    public void Every_level_has_advice_in_every_language(string language)
    {
        foreach (var level in new[] { "TREAT_LOCALLY", "ROUTINE_REFERRAL", "URGENT_REFERRAL", "EMERGENCY" })
        {
            Assert.True(TextCatalog.Has($"Advice_{level}", language), $"Advice_{level} missing in {language}");
        }
    }

    [Fact]
    public void Kazakh_and_Russian_texts_differ_from_English()
    {
        var english = TextCatalog.Get("Advice_EMERGENCY", "en").Text;

        Assert.NotEqual(english, TextCatalog.Get("Advice_EMERGENCY", "kk").Text);
        Assert.NotEqual(english, TextCatalog.Get("Advice_EMERGENCY", "ru").Text);
    }

    [Fact]
    public void No_language_means_Russian()
    {
        var text = TextCatalog.Get("Advice_EMERGENCY", "");

        Assert.Equal("ru", text.Language);
    }

    [Fact]
    public void Fallback_order_is_asked_language_then_Russian_then_English() =>
        Assert.Equal(["kk", "ru", "en"], Languages.FallbackChain("kk"));
}
