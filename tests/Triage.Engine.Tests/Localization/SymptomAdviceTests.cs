using Triage.Contracts.V1;
using Triage.Engine.Localization;
using Triage.Engine.Tests.Clinical;

namespace Triage.Engine.Tests.Localization;

/// <summary>A complaint with advice of its own adds it after the level's advice, in the case's language.</summary>
public sealed class SymptomAdviceTests
{
    [Theory]
    [InlineData("en", "anaphylaxis")]
    [InlineData("ru", "анафилаксию")]
    [InlineData("kk", "анафилаксияны")]
    public void An_insect_sting_is_treated_locally_with_the_signs_of_anaphylaxis_to_watch_for(string language, string word)
    {
        var result = Engines.Default.Assess(CaseBuilder.Adult(30).With(Symptom.InsectSting, Symptom.Itching).Build(language));

        Assert.Equal(ReferralLevel.TreatLocally, result.Level);
        Assert.StartsWith(TextCatalog.Get("Advice_TREAT_LOCALLY", language).Text, result.Advice);
        Assert.Contains(word, result.Advice);
    }

    [Fact]
    public void Complaints_without_advice_of_their_own_get_the_levels_advice_alone()
    {
        var result = Engines.Default.Assess(CaseBuilder.Adult(30).With(Symptom.SoreThroat).Build("ru"));

        Assert.Equal(TextCatalog.Get("Advice_TREAT_LOCALLY", "ru").Text, result.Advice);
    }

    [Fact]
    public void Several_complaints_add_their_advice_in_code_order()
    {
        var result = Engines.Default.Assess(CaseBuilder.Adult(30).With(Symptom.Toothache, Symptom.RedEye).Build("en"));

        Assert.True(result.Advice.IndexOf("Red eye:", StringComparison.Ordinal) < result.Advice.IndexOf("Toothache:", StringComparison.Ordinal));
    }
}
