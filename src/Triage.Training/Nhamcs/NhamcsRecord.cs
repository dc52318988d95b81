using System.Globalization;

namespace Triage.Training.Nhamcs;

/// <summary>One visit's fixed-width record, read field by field through the layout.</summary>
public readonly struct NhamcsRecord(string line, NhamcsLayout layout)
{
    public string Text(string name)
    {
        var field = layout[name];
        return line.Substring(field.Start - 1, field.Length).Trim();
    }

    /// <summary>
    /// The field as a number, or null when blank. The codebook's negative codes (−9 blank, −8 unknown, −7 not
    /// applicable) are all "not recorded" here.
    /// </summary>
    public int? Code(string name) =>
        int.TryParse(Text(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : null;

    /// <summary>A yes/no checkbox field: 1 = yes.</summary>
    public bool Checked(string name) => Code(name) == 1;
}
