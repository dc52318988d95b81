using System.IO.Compression;

namespace Triage.Training.Nhamcs;

/// <summary>
/// Reads the official fixed-width public-use file (ED2010.zip) through its layout, and decodes each visit.
/// National Center for Health Statistics. National Hospital Ambulatory Medical Care Survey, 2010 Emergency
/// Department public-use file; statistical use only, no re-identification, no linkage (readme2010.txt).
/// </summary>
public static class NhamcsFile
{
    public const string DataFile = "ED2010.zip";
    public const string LayoutFile = "layout2010.csv";

    /// <summary>The copy shipped beside the training program (data/nhamcs-ed-2010 in the repository).</summary>
    public static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "data", "nhamcs-ed-2010");

    public static IEnumerable<NhamcsVisit> Read(string folder)
    {
        var layout = NhamcsLayout.Read(Path.Combine(folder, LayoutFile));
        using var zip = ZipFile.OpenRead(Path.Combine(folder, DataFile));
        var entry = zip.Entries.Single(e => e.Length > 0);
        using var reader = new StreamReader(entry.Open());
        while (reader.ReadLine() is { } line)
        {
            if (line.Length >= layout.RecordLength)
            {
                yield return NhamcsDecoder.Decode(new NhamcsRecord(line, layout));
            }
        }
    }
}
