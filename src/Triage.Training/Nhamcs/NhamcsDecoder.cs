using System.Globalization;

namespace Triage.Training.Nhamcs;

/// <summary>Turns a record's codes into values, as the 2010 codebook (doc2010.pdf, ED record format) defines them.</summary>
public static class NhamcsDecoder
{
    /// <summary>PULSE and BPDIAS: "998 = DOP, DOPPLER" / "P, Palp": a pulse or pressure found, but no number.</summary>
    private const int NotCounted = 998;

    /// <summary>IMMEDR 7: "emergency service area does not conduct nursing triage".</summary>
    private const int NoTriage = 7;

    public static NhamcsVisit Decode(NhamcsRecord r) => new(
        r.Code("HOSPCODE") ?? 0,
        double.Parse(r.Text("PATWT"), CultureInfo.InvariantCulture),
        Age(r),
        r.Code("SEX") == 1,
        // TEMPF has an implied decimal between the third and fourth digits: 0986 = 98.6 °F.
        r.Code("TEMPF") is { } tenthsF ? Math.Round((tenthsF / 10.0 - 32) * 5 / 9, 1) : null,
        Counted(r.Code("PULSE")),
        r.Code("RESPR"),
        r.Code("BPSYS"),
        Counted(r.Code("BPDIAS")),
        r.Code("POPCT"),
        r.Code("ONO2") == 1,
        r.Code("GCS"),
        r.Code("IMMEDR") is { } level and not NoTriage ? level : null,
        r.Code("PAIN"),
        new[] { "RFV1", "RFV2", "RFV3" }.Select(r.Code).OfType<int>().ToList(),
        r.Code("INJURY") == 1,
        new NhamcsChronicConditions(r.Checked("CEBVD"), r.Checked("CHF"), r.Checked("EDDIAL"), r.Checked("EDHIV"), r.Checked("DIABETES")),
        new NhamcsDisposition(
            r.Checked("LEFTBTRI"),
            r.Checked("DOA"),
            r.Checked("DIEDED"),
            r.Checked("TRANOTH"),
            r.Checked("ADMITHOS") || r.Checked("OBSHOS"),
            r.Code("ADMIT") == 1,
            r.Code("HDSTAT") == 2));

    /// <summary>AGE is whole years; for infants AGEDAYS (1–365) gives the age in days.</summary>
    private static double? Age(NhamcsRecord r) =>
        r.Code("AGE") is { } years
            ? years == 0 && r.Code("AGEDAYS") is { } days ? Math.Round(days / 365.25, 3) : years
            : null;

    private static int? Counted(int? value) => value == NotCounted ? null : value;
}
