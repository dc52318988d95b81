using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.Configuration.Attributes;
using Triage.Contracts.V1;
using Triage.Engine;
using Triage.Contracts;

namespace Triage.Training.Nhamcs;

/// <summary>
/// The reviewed table (rfv-symptoms.csv) from NHAMCS reason-for-visit codes to the engine's symptom codes. A row
/// covers an inclusive range of five-digit codes (1545.0 is 15450); every row a code falls in adds its symptoms.
/// A reason with no row, or a row with no symptoms, gives the visit no symptom for it.
/// </summary>
public sealed class ReasonForVisitMap
{
    public const string FileName = "rfv-symptoms.csv";

    private readonly IReadOnlyList<(int From, int To, Symptom[] Symptoms)> rows;

    private ReasonForVisitMap(IReadOnlyList<(int, int, Symptom[])> rows) => this.rows = rows;

    public static ReasonForVisitMap Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        var rows = new List<(int, int, Symptom[])>();
        foreach (var row in csv.GetRecords<MapRow>())
        {
            var symptoms = row.Symptoms.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(name => WireName.TryParse<Symptom>(name, out var symptom)
                    ? symptom
                    : throw new FormatException($"{FileName}: '{name}' is not a symptom code (row {row.From}–{row.To})."))
                .ToArray();
            if (row.From > row.To)
            {
                throw new FormatException($"{FileName}: range {row.From}–{row.To} is reversed.");
            }

            rows.Add((row.From, row.To, symptoms));
        }

        return new ReasonForVisitMap(rows);
    }

    public IEnumerable<Symptom> SymptomsOf(int reasonForVisit) =>
        rows.Where(r => reasonForVisit >= r.From && reasonForVisit <= r.To).SelectMany(r => r.Symptoms);

    private sealed class MapRow
    {
        [Name("rfv_from")]
        public int From { get; set; }

        [Name("rfv_to")]
        public int To { get; set; }

        [Name("symptoms")]
        public string Symptoms { get; set; } = "";

        /// <summary>The reviewer's note: the code's label and why it maps as it does.</summary>
        [Name("why")]
        public string Why { get; set; } = "";
    }
}
