using System.Globalization;
using CsvHelper;
using Triage.Contracts.V1;
using Triage.Training.Nhamcs;

namespace Triage.Training.Tests;

/// <summary>The shipped NHAMCS file is read as the codebook defines it, and its visits become the engine's cases.</summary>
public sealed class NhamcsTests
{
    private static readonly Lazy<List<NhamcsVisit>> Visits = new(() => NhamcsFile.Read(NhamcsFile.ShippedFolder).ToList());

    private static string Shipped(string file) => Path.Combine(NhamcsFile.ShippedFolder, file);

    [Fact]
    public void The_fixed_width_file_gives_the_codebooks_counts()
    {
        var visits = Visits.Value;

        // doc2010.pdf and the data README: 34,936 visits; 519 to critical care, 53 died in the ED, 95 in hospital, 11 dead on arrival.
        Assert.Equal(34_936, visits.Count);
        Assert.Equal(519, visits.Count(v => v.Disposition.CriticalCare));
        Assert.Equal(53, visits.Count(v => v.Disposition.DiedInEd));
        Assert.Equal(95, visits.Count(v => v.Disposition.DiedInHospital));
        Assert.Equal(11, visits.Count(v => v.DeadOnArrival));
        Assert.Equal(350, visits.Select(v => v.Hospital).Distinct().Count());
    }

    [Fact]
    public void The_first_record_decodes_field_by_field()
    {
        var first = Visits.Value[0];

        // Record 1: AGE 043, SEX 1, TEMPF 0990 (implied decimal), PULSE 064, RESPR 018, BPSYS 094, BPDIAS 061, POPCT 099,
        // ONO2 2, GCS blank, IMMEDR 4, PAIN 7, RFV1 19351 (foot and toe symptoms, pain), INJURY 1.
        Assert.Equal(43, first.AgeYears);
        Assert.True(first.Female);
        Assert.Equal(37.2, first.TemperatureC);
        Assert.Equal((64, 18, 94, 61, 99), (first.HeartRate, first.RespiratoryRate, first.SystolicBp, first.DiastolicBp, first.Spo2Percent));
        Assert.False(first.OnOxygen);
        Assert.Null(first.Gcs);
        Assert.Equal(4, first.NurseImmediacy);
        Assert.Equal(7, first.Pain);
        Assert.Equal([19351], first.ReasonsForVisit);
        Assert.True(first.Injury);
    }

    [Fact]
    public void Every_row_of_the_reason_for_visit_map_names_real_codes()
    {
        using var reader = new StreamReader(Shipped("rfv_codes_2010.csv"));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var codes = csv.GetRecords<dynamic>().Select(r => int.Parse((string)r.rfv_int, CultureInfo.InvariantCulture)).ToList();
        using var mapReader = new StreamReader(Shipped(ReasonForVisitMap.FileName));
        using var mapCsv = new CsvReader(mapReader, CultureInfo.InvariantCulture);
        var rows = mapCsv.GetRecords<dynamic>().Select(r => (From: int.Parse((string)r.rfv_from, CultureInfo.InvariantCulture), To: int.Parse((string)r.rfv_to, CultureInfo.InvariantCulture))).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains(codes, code => code >= row.From && code <= row.To));
    }

    [Fact]
    public void Reasons_for_visit_become_the_symptoms_a_feldsher_would_record()
    {
        var map = ReasonForVisitMap.Read(Shipped(ReasonForVisitMap.FileName));

        Assert.Equal([Symptom.Haemoptysis], map.SymptomsOf(14701));
        Assert.Equal([Symptom.LimbPainOrSwelling], map.SymptomsOf(19351));
        Assert.Equal([Symptom.InsectSting], map.SymptomsOf(57550));
        Assert.Equal([Symptom.Wound, Symptom.HeadInjury], map.SymptomsOf(52050));
        Assert.Empty(map.SymptomsOf(11100));
    }

    [Fact]
    public void A_visit_becomes_a_case_with_pregnancy_from_its_reasons_and_consciousness_from_gcs()
    {
        var visits = new NhamcsVisits(ReasonForVisitMap.Read(Shipped(ReasonForVisitMap.FileName)));
        var labour = Visits.Value.First(v => v.Female && v.ReasonsForVisit.Contains(17903));
        var drowsy = Visits.Value.First(v => v.Gcs == 12);

        Assert.True(visits.ToCase(labour).Patient.Pregnant);
        Assert.Contains(Symptom.LabourPain, visits.ToCase(labour).Symptoms);
        Assert.Equal(Consciousness.Voice, visits.ToCase(drowsy).Vitals.Consciousness);
    }

    [Theory]
    [InlineData(15, Consciousness.Alert)]
    [InlineData(14, Consciousness.NewConfusion)]
    [InlineData(11, Consciousness.Voice)]
    [InlineData(8, Consciousness.Pain)]
    [InlineData(3, Consciousness.Unresponsive)]
    [InlineData(null, Consciousness.Unspecified)]
    public void Gcs_maps_to_acvpu_between_the_published_medians(int? gcs, Consciousness expected) =>
        Assert.Equal(expected, GlasgowComaScale.ToAcvpu(gcs));

    [Fact]
    public void Training_data_leaves_out_the_dead_on_arrival_and_those_who_left_before_triage()
    {
        var (labelled, source) = NhamcsSource.Load(NhamcsFile.ShippedFolder);

        Assert.Equal(34_936 - 11 - 133, labelled.Count);
        Assert.Equal(618, labelled.Count(v => v.Serious));
        Assert.False(source.Synthetic);
        Assert.All(labelled, v => Assert.StartsWith("hospital-", v.Site));
    }
}
