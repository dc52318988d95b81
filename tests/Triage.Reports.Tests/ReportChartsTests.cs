using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Localization;
using Triage.Reports.Cases;
using Triage.Reports.Charts;

namespace Triage.Reports.Tests;

public sealed class ReportChartsTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void Every_chart_renders_as_a_png_image()
    {
        var report = Report(riskScale: 1);

        foreach (var name in ReportCharts.Names)
        {
            var png = ReportCharts.Render(name, report, Languages.English);

            Assert.True(png.Length > 5_000, $"{name} is only {png.Length} bytes");
            Assert.Equal(PngSignature, png.Take(8));
        }
    }

    [Fact]
    public void The_calibration_chart_spans_the_risks_predicted_when_all_are_low()
    {
        var report = Report(riskScale: 0.18);
        var largestPredicted = report.Accuracy.RiskViews.Single(v => v.Scorer == "model").CalibrationTable.Max(b => b.MeanPredicted);

        var limits = ReportCharts.Plot("calibration", report, Languages.Russian).Axes.GetLimits();

        Assert.InRange(largestPredicted, 0.1, 0.18);
        Assert.InRange(limits.Right, largestPredicted, 0.25);
        Assert.Equal(0, limits.Left);
    }

    [Theory]
    [InlineData("ru", "Калибровка риска по модели", "Предсказанный риск")]
    [InlineData("kk", "Модель қаупінің калибрленуі", "Болжалған қауіп")]
    [InlineData("en", "Calibration of the model's risk", "Predicted risk")]
    public void Titles_axes_and_legends_are_in_the_reader_s_language(string language, string calibrationTitle, string calibrationAxis)
    {
        var report = Report(riskScale: 1);

        var calibration = ReportCharts.Plot("calibration", report, language);
        var roc = ReportCharts.Plot("roc", report, language);

        Assert.Equal(calibrationTitle, calibration.Axes.Title.Label.Text);
        Assert.Equal(calibrationAxis, calibration.Axes.Bottom.Label.Text);
        foreach (var name in ReportCharts.Names)
        {
            var plot = ReportCharts.Plot(name, report, language);
            Assert.All([plot.Axes.Title.Label.Text, plot.Axes.Bottom.Label.Text, plot.Axes.Left.Label.Text],
                text => Assert.Equal(language != Languages.English, HasCyrillic(text)));
        }

        Assert.All(roc.Legend.GetItems(), item => Assert.Equal(language != Languages.English, HasCyrillic(item.LabelText)));
    }

    private static bool HasCyrillic(string text) => text.Any(c => c is >= '\u0400' and <= '\u04FF');

    /// <summary>300 concluded cases over three months in two districts; the model's risks reach up to <paramref name="riskScale"/>.</summary>
    private static TriageReport Report(double riskScale)
    {
        var random = new Random(5);
        var levels = LevelIndex.Levels;
        var cases = Enumerable.Range(0, 300).Select(i =>
        {
            var engine = levels[random.Next(4)];
            var final = levels[Math.Clamp(LevelIndex.Of(engine) + random.Next(-1, 2), 0, 3)];
            var at = new DateTime(2026, 9 + i % 3, 1 + i % 28, 10, 0, 0, DateTimeKind.Utc);
            return new ReportCase(Guid.NewGuid(), "KZ-ZHA", i % 2 == 0 ? "KZ-ZHA-KOR" : "KZ-ZHA-MER", "KZ-ZHA-KOR-01", at, "triage-risk/1",
                engine, engine, engine, riskScale * (LevelIndex.Of(final) + random.NextDouble()) / 4, Specialty.InternalMedicine, PatientGroup.Adult,
                InsuranceStatus.Insured, SocialCategory.C, new ConsultFacts(at, at.AddMinutes(3), at.AddMinutes(20), false, final));
        }).ToList();
        return TriageReportBuilder.Build(new ReportScope(new DateTime(2026, 9, 1), new DateTime(2026, 12, 1), null), cases, []);
    }
}
