using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.Configuration.Attributes;

namespace Triage.Training.Nhamcs;

/// <summary>The record format of the public-use file (layout2010.csv, taken from the codebook's record format).</summary>
public sealed class NhamcsLayout
{
    private readonly Dictionary<string, NhamcsField> fields;

    private NhamcsLayout(Dictionary<string, NhamcsField> fields) => this.fields = fields;

    public int RecordLength => fields.Values.Max(f => f.End);

    public static NhamcsLayout Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        var rows = csv.GetRecords<LayoutRow>().ToList();
        return new NhamcsLayout(rows.ToDictionary(r => r.Name, r => new NhamcsField(r.Name, r.Start, r.End), StringComparer.Ordinal));
    }

    public NhamcsField this[string name] =>
        fields.TryGetValue(name, out var field) ? field : throw new KeyNotFoundException($"The NHAMCS layout has no field '{name}'.");

    private sealed class LayoutRow
    {
        [Name("name")]
        public string Name { get; set; } = "";

        [Name("start")]
        public int Start { get; set; }

        [Name("end")]
        public int End { get; set; }
    }
}
