using System.Globalization;
using System.Text;
using CsvHelper;
using Triage.Cohort;
using Triage.Contracts.V1;
using Triage.Engine;
using Triage.Engine.Cases;
using Triage.Engine.Localization;
using Triage.Contracts;

namespace Triage.Training.Cohort;

/// <summary>
/// The labelled-case CSV that <c>generate</c> writes and <c>train --data</c> reads: one visit per line, comma-separated,
/// header required, empty cell = not recorded, enum values by their proto names, lists separated by ';'.
/// The column schema is in docs/model.md.
/// </summary>
public static class CohortCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "age_years", "sex", "pregnant", "gestation_weeks", "respiratory_rate", "spo2_percent", "on_supplemental_oxygen",
        "hypercapnic_respiratory_failure", "systolic_bp", "diastolic_bp", "heart_rate", "temperature_c", "consciousness",
        "blood_glucose_mmol_l", "symptoms", "chronic_conditions", "serious_outcome", "archetype",
    ];

    /// <summary>Every column but the last (archetype, which real data does not have) must be in the header.</summary>
    private static readonly IReadOnlyList<string> RequiredColumns = Columns.Take(Columns.Count - 1).ToList();

    public static void Write(string path, IEnumerable<LabelledCase> cases)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.NewLine = "\n";
        writer.WriteLine(string.Join(',', Columns));
        foreach (var c in cases)
        {
            writer.WriteLine(ToLine(c));
        }
    }

    public static string ToLine(LabelledCase labelled)
    {
        var (p, v) = (labelled.Case.Patient, labelled.Case.Vitals);
        static string N(double? x) => x?.ToString(CultureInfo.InvariantCulture) ?? "";
        static string B(bool x) => x ? "1" : "0";
        return string.Join(',',
            N(p.AgeYears), p.Sex == Sex.Unspecified ? "" : WireName.Of(p.Sex), B(p.Pregnant), N(p.GestationWeeks),
            N(v.RespiratoryRate), N(v.Spo2Percent), B(v.OnSupplementalOxygen), B(v.HypercapnicRespiratoryFailure),
            N(v.SystolicBp), N(v.DiastolicBp), N(v.HeartRate), N(v.TemperatureC),
            v.ConsciousnessAssessed ? WireName.Of(v.Consciousness) : "", N(v.BloodGlucoseMmolL),
            string.Join(';', labelled.Case.Symptoms.Order().Select(WireName.Of)),
            string.Join(';', labelled.Case.ChronicConditions.Order().Select(WireName.Of)),
            B(labelled.SeriousOutcome), labelled.Archetype);
    }

    /// <exception cref="FormatException">A line does not follow the schema; the message names the line and column.</exception>
    public static List<LabelledCase> Read(string path)
    {
        using var reader = new StreamReader(path);
        using var parser = new CsvParser(reader, CultureInfo.InvariantCulture);
        var header = parser.Read() ? parser.Record!.Select(h => h.Trim()).ToList() : throw new FormatException($"{path} is empty.");
        var missing = RequiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new FormatException($"{path}: header lacks {string.Join(", ", missing)}.");
        }

        var at = Columns.ToDictionary(c => c, header.IndexOf);
        var cases = new List<LabelledCase>();
        while (parser.Read())
        {
            var cells = parser.Record!;
            string Cell(string column) => at[column] is var i && i >= 0 && i < cells.Length ? cells[i].Trim() : "";
            try
            {
                cases.Add(Parse(Cell));
            }
            catch (FormatException e)
            {
                throw new FormatException($"{path}, line {parser.RawRow}: {e.Message}", e);
            }
        }

        return cases;
    }

    private static LabelledCase Parse(Func<string, string> cell)
    {
        double? D(string column) => cell(column) is "" ? null
            : double.TryParse(cell(column), NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x
            : throw new FormatException($"{column} '{cell(column)}' is not a number");
        int? I(string column) => D(column) is { } x ? (int)Math.Round(x) : null;
        bool B(string column) => cell(column) switch
        {
            "" or "0" or "false" => false,
            "1" or "true" => true,
            var other => throw new FormatException($"{column} '{other}' is not 0 or 1"),
        };
        T E<T>(string column, T empty) where T : struct, Enum => cell(column) is "" ? empty
            : WireName.TryParse<T>(cell(column), out var value) ? value
            : throw new FormatException($"{column} '{cell(column)}' is not a {typeof(T).Name} name");
        HashSet<T> L<T>(string column) where T : struct, Enum => cell(column).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => WireName.TryParse<T>(name, out var value) ? value : throw new FormatException($"{column}: '{name}' is not a {typeof(T).Name} name"))
            .ToHashSet();

        var patient = new PatientInfo(D("age_years"), E("sex", Sex.Unspecified), B("pregnant"), I("gestation_weeks"), InsuranceStatus.Unspecified, SocialCategory.Unspecified);
        var vitals = new VitalSigns(I("respiratory_rate"), I("spo2_percent"), B("on_supplemental_oxygen"), B("hypercapnic_respiratory_failure"),
            I("systolic_bp"), I("diastolic_bp"), I("heart_rate"), D("temperature_c"), E("consciousness", Consciousness.Unspecified), D("blood_glucose_mmol_l"));
        return new LabelledCase(new ClinicalCase(patient, vitals, L<Symptom>("symptoms"), L<ChronicCondition>("chronic_conditions"), Languages.Russian),
            B("serious_outcome"), cell("archetype"));
    }
}
