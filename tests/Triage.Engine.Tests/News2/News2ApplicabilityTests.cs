using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.News2;

namespace Triage.Engine.Tests.News2;

/// <summary>NEWS2 is validated for non-pregnant adults of 16 or more (RCP NEWS2 2017, "Scope").</summary>
public sealed class News2ApplicabilityTests
{
    [Theory]
    [InlineData(16.0, false, true)]
    [InlineData(15.99, false, false)]
    [InlineData(0.1, false, false)]
    [InlineData(30.0, true, false)]
    [InlineData(15.0, true, false)]
    public void Applies_only_to_adults_who_are_not_pregnant(double age, bool pregnant, bool applies)
    {
        var clinicalCase = new ClinicalCase(
            new PatientInfo(age, Sex.Female, pregnant, pregnant ? 30 : null, InsuranceStatus.Insured, SocialCategory.A),
            new VitalSigns(RespiratoryRate: 30),
            new HashSet<Symptom>(),
            new HashSet<ChronicCondition>(),
            "en");

        Assert.Equal(applies, News2Calculator.Score(clinicalCase) is not null);
    }

    [Fact]
    public void An_adult_of_unknown_age_is_scored_rather_than_left_unscored()
    {
        var clinicalCase = new ClinicalCase(
            new PatientInfo(null, Sex.Male, false, null, InsuranceStatus.Unspecified, SocialCategory.Unspecified),
            new VitalSigns(RespiratoryRate: 30),
            new HashSet<Symptom>(),
            new HashSet<ChronicCondition>(),
            "en");

        Assert.Equal(3, News2Calculator.Score(clinicalCase)!.RespirationRate);
    }
}
