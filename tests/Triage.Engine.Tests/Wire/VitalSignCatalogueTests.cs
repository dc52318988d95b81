using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Localization;
using Triage.Engine.Model;
using Triage.Engine.Tests.Clinical;
using Triage.Engine.Wire;

namespace Triage.Engine.Tests.Wire;

/// <summary>Each vital sign is described once, and every part that handles vital signs follows that description.</summary>
public sealed class VitalSignCatalogueTests
{
    public static TheoryData<string> Measured => [.. VitalSignCatalogue.Measured.Select(s => s.Field)];

    private static VitalSign Sign(string field) => VitalSignCatalogue.All.Single(s => s.Field == field);

    [Fact]
    public void Every_sign_is_a_field_of_the_contract_and_every_NEWS2_row_a_score_of_the_result()
    {
        Assert.All(VitalSignCatalogue.All, sign => Assert.NotNull(Vitals.Descriptor.FindFieldByName(sign.Field)));
        Assert.All(VitalSignCatalogue.All.Where(s => s.News2 is not null), sign => Assert.NotNull(Contracts.V1.News2.Descriptor.FindFieldByName(sign.News2!.ScoreField)));
        Assert.Equal(VitalSignCatalogue.All.Count, VitalSignCatalogue.All.Select(s => s.Field).Distinct().Count());
    }

    [Fact]
    public void Every_sign_has_its_name_label_and_unit_and_its_model_input_a_label_in_kazakh_russian_and_english()
    {
        var keys = VitalSignCatalogue.All.SelectMany(s => s.IsMeasured ? new[] { s.NameKey, s.LabelKey, s.UnitKey } : [s.NameKey, s.LabelKey]);
        var missing = keys.SelectMany(key => Languages.Supported.Where(language => !TextCatalog.Has(key, language)).Select(language => $"{key} ({language})"))
            .Concat(VitalSignCatalogue.All.SelectMany(s => Languages.Supported
                .Where(language => ModelTexts.Find(ModelTexts.FeatureKeyPrefix + s.Feature, language)?.Language != language)
                .Select(language => $"{s.Feature} ({language})")));

        Assert.Empty(missing);
    }

    [Fact]
    public void The_model_reads_every_sign_in_the_catalogues_order_right_after_age_and_gestation()
    {
        var measurements = RiskFeatures.All.Where(f => f.Kind == RiskFeatureKind.Measurement).Select(f => f.Name).Skip(2).Take(VitalSignCatalogue.All.Count);

        Assert.Equal(VitalSignCatalogue.All.Select(s => s.Feature), measurements);
    }

    [Theory]
    [MemberData(nameof(Measured))]
    public void Each_measured_sign_travels_to_the_wire_and_back_unchanged_at_both_ends_of_its_possible_range(string field)
    {
        var sign = Sign(field);
        foreach (var value in new[] { sign.Possible!.Min, sign.Possible.Max })
        {
            var clinicalCase = CaseBuilder.Adult(40).Build();
            clinicalCase = clinicalCase with { Vitals = sign.Write(new VitalSigns(), value) };

            var report = clinicalCase.ToCaseReport();

            Assert.Equal(value, WireVitals.Get(report.Vitals, sign));
            Assert.Equal(value, sign.Read(report.ToClinicalCase().Vitals));
        }
    }

    [Theory]
    [MemberData(nameof(Measured))]
    public void Each_measured_sign_is_refused_just_outside_its_possible_range_naming_the_field_and_the_range(string field)
    {
        var sign = Sign(field);
        var below = sign.Possible!.Min - 1;
        var report = CaseBuilder.Adult(40).Build().ToCaseReport();
        report.ClientCaseId = "3f2b8c1e-6a47-4d0c-9a51-2b7e1f0c9d84";
        report.ClinicId = "KZ-ZHA-KOR-01";
        report.RecordedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow);
        WireVitals.Set(report.Vitals, sign, below);

        var violation = Assert.Single(CaseReportValidator.Validate(report, DateTimeOffset.UtcNow), v => v.Field == sign.Path);

        Assert.Equal(sign.Possible.Describe(below), violation.Description);
    }

    [Fact]
    public void An_unmeasured_sign_is_taken_as_its_normal_value_for_the_model()
    {
        var completed = NormalReference.Complete(CaseBuilder.Adult(40).Build() with { Vitals = new VitalSigns() }).Vitals;

        Assert.All(VitalSignCatalogue.All, sign => Assert.Equal(sign.Normal, sign.Read(completed)));
    }

    [Fact]
    public void Pages_get_each_sign_by_its_JSON_name_with_its_limits_and_words()
    {
        var temperature = VitalSignView.All.Single(v => v.Field == VitalFields.TemperatureC);
        var consciousness = VitalSignView.All.Single(v => v.Field == VitalFields.Consciousness);

        Assert.Equal(("temperatureC", "case.vitals.temperature_c", "Decimal", "temperatureScore"), (temperature.Key, temperature.Path, temperature.Scale, temperature.News2Score));
        Assert.Equal(new RangeView(13, 47), temperature.Possible);
        Assert.Equal("Температура", temperature.Label["ru"]);
        Assert.Equal("°C", temperature.Unit!["en"]);
        Assert.Null(consciousness.Possible);
        Assert.Null(consciousness.Unit);
        Assert.Null(VitalSignView.All.Single(v => v.Field == VitalFields.BloodGlucose).News2Score);
    }
}
