using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Triage.Contracts.V1;

namespace Triage.Terminal.Simulation;

/// <summary>
/// Seeded, realistic variations of the example cases: other ages and sexes, measurement noise on every vital
/// sign, a symptom missed or added, the three languages. Deterministic for a seed, so a load run can be repeated.
/// </summary>
public sealed class ExampleCaseVariations : ICaseSource
{
    private static readonly string[] Languages = ["kk", "ru", "en"];

    private static readonly Symptom[] CommonSymptoms =
        [Symptom.Cough, Symptom.Fever, Symptom.Headache, Symptom.SoreThroat, Symptom.RunnyNose, Symptom.Dizziness, Symptom.AbdominalPain, Symptom.Vomiting, Symptom.BackPain];

    private readonly IReadOnlyList<CaseReport> templates;
    private readonly Random random;
    private readonly object gate = new();

    public ExampleCaseVariations(int seed)
    {
        random = new Random(seed);
        using var stream = typeof(ExampleCaseVariations).Assembly.GetManifestResourceStream("examples.cases.jsonl")
            ?? throw new InvalidOperationException("The example cases are not embedded in the terminal.");
        using var reader = new StreamReader(stream);
        templates = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JsonParser.Default.Parse<CaseReport>).ToList();
    }

    public CaseReport Next(string clinicId, DateTimeOffset now)
    {
        // One generator for all simulated terminals; a lock keeps its sequence, and so the run, reproducible.
        lock (gate)
        {
            var report = templates[random.Next(templates.Count)].Clone();
            report.ClientCaseId = Guid.NewGuid().ToString();
            report.ClinicId = clinicId;
            report.RecordedAt = Timestamp.FromDateTimeOffset(now.AddMinutes(-random.Next(1, 60)));
            report.Language = Languages[random.Next(Languages.Length)];
            report.Patient.PatientRef = $"SIM-{random.Next(100_000):00000}";
            Vary(report.Patient);
            Vary(report.Vitals);
            VarySymptoms(report);
            return report;
        }
    }

    private void Vary(Patient patient)
    {
        // Adults only: NEWS2, which the examples lean on, applies from 16.
        patient.AgeYears = Math.Clamp(Math.Round(patient.AgeYears + Normal(0, 10)), 16, 95);
        if (!patient.Pregnant && random.NextDouble() < 0.5)
        {
            patient.Sex = patient.Sex == Sex.Male ? Sex.Female : Sex.Male;
        }
    }

    private void Vary(Vitals vitals)
    {
        if (vitals.HasRespiratoryRate) vitals.RespiratoryRate = Noisy(vitals.RespiratoryRate, 2, 8, 40);
        if (vitals.HasSpo2Percent) vitals.Spo2Percent = Noisy(vitals.Spo2Percent, 1.5, 75, 100);
        if (vitals.HasHeartRate) vitals.HeartRate = Noisy(vitals.HeartRate, 8, 40, 180);
        if (vitals.HasTemperatureC) vitals.TemperatureC = Math.Round(Math.Clamp(vitals.TemperatureC + Normal(0, 0.3), 34, 41.5), 1);
        if (vitals.HasSystolicBp)
        {
            vitals.SystolicBp = Noisy(vitals.SystolicBp, 10, 70, 220);
            if (vitals.HasDiastolicBp)
            {
                vitals.DiastolicBp = Math.Min(Noisy(vitals.DiastolicBp, 6, 40, 130), vitals.SystolicBp - 15);
            }
        }
    }

    private void VarySymptoms(CaseReport report)
    {
        // A feldsher sometimes misses a symptom, and patients mention another one.
        var kept = report.Symptoms.Where(_ => random.NextDouble() > 0.15).ToList();
        if (random.NextDouble() < 0.2)
        {
            kept.Add(CommonSymptoms[random.Next(CommonSymptoms.Length)]);
        }

        report.Symptoms.Clear();
        report.Symptoms.AddRange(kept.Distinct());
    }

    private int Noisy(int value, double sd, int min, int max) => (int)Math.Clamp(Math.Round(value + Normal(0, sd)), min, max);

    private double Normal(double mean, double sd) =>
        mean + sd * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
