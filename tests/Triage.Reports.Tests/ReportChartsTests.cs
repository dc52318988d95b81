using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Reports.Cases;
using Triage.Reports.Charts;

namespace Triage.Reports.Tests;

public sealed class ReportChartsTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void Every_chart_renders_as_a_png_image()
    {
        var random = new Random(5);
        var levels = LevelIndex.Levels;
        var cases = Enumerable.Range(0, 300).Select(i =>
        {
            var engine = levels[random.Next(4)];
            var final = levels[Math.Clamp(LevelIndex.Of(engine) + random.Next(-1, 2), 0, 3)];
            var at = new DateTime(2026, 9 + i % 3, 1 + i % 28, 10, 0, 0, DateTimeKind.Utc);
            return new ReportCase(Guid.NewGuid(), "KZ-ZHA", i % 2 == 0 ? "KZ-ZHA-KOR" : "KZ-ZHA-MER", "KZ-ZHA-KOR-01", at, "triage-risk/1",
                engine, engine, engine, (LevelIndex.Of(final) + random.NextDouble()) / 4, Specialty.InternalMedicine, PatientGroup.Adult,
                InsuranceStatus.Insured, SocialCategory.C, new ConsultFacts(at, at.AddMinutes(3), at.AddMinutes(20), false, final));
        }).ToList();
        var report = TriageReportBuilder.Build(new ReportScope(new DateTime(2026, 9, 1), new DateTime(2026, 12, 1), null), cases, []);

        foreach (var name in ReportCharts.Names)
        {
            var png = ReportCharts.Render(name, report);

            Assert.True(png.Length > 5_000, $"{name} is only {png.Length} bytes");
            Assert.Equal(PngSignature, png.Take(8));
        }
    }
}
