using Google.Protobuf.WellKnownTypes;
using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Wire;

namespace Triage.Terminal.Cases;

/// <summary>The questions a feldsher answers for one new case, in the order of an examination.</summary>
public static class CaseEntry
{
    private static readonly Dictionary<string, Sex> Sexes = new() { ["f"] = Sex.Female, ["m"] = Sex.Male };

    private static readonly Dictionary<string, Consciousness> Acvpu = new()
    {
        ["A"] = Consciousness.Alert,
        ["C"] = Consciousness.NewConfusion,
        ["V"] = Consciousness.Voice,
        ["P"] = Consciousness.Pain,
        ["U"] = Consciousness.Unresponsive,
    };

    /// <summary>Self-report where the patient can give it; faces for young children; behaviour for infants and the non-verbal.</summary>
    private static readonly Dictionary<string, PainScale> PainScales = new()
    {
        ["n"] = PainScale.NumericRating,
        ["f"] = PainScale.Faces,
        ["b"] = PainScale.Behavioural,
    };

    private static readonly Dictionary<string, string> Languages = new() { ["kk"] = "kk", ["ru"] = "ru", ["en"] = "en" };

    public static CaseReport Ask(Prompter ask, string clinicId, DateTimeOffset now)
    {
        var report = new CaseReport
        {
            ClientCaseId = Guid.NewGuid().ToString(),
            ClinicId = clinicId == "" ? ask.Text("Clinic id", maxLength: CaseBounds.MaxClinicIdLength) : clinicId,
            RecordedAt = Timestamp.FromDateTimeOffset(now),
            Patient = AskPatient(ask),
        };
        report.Vitals = AskVitals(ask);
        report.Symptoms.AddRange(ask.Codes<Symptom>("Symptoms"));
        report.ChronicConditions.AddRange(ask.Codes<ChronicCondition>("Chronic conditions"));
        report.Complaint = ask.Text("Complaint, in the patient's words", maxLength: CaseBounds.MaxComplaintLength);
        report.Language = ask.Choice("Language of the advice", Languages, "ru");
        return report;
    }

    private static Patient AskPatient(Prompter ask)
    {
        var patient = new Patient
        {
            PatientRef = ask.Text("Patient reference (the clinic's own, never a national id)", maxLength: CaseBounds.MaxPatientRefLength),
            AgeYears = ask.Number("Age in years (0.25 = three months)", CaseBounds.AgeYears, required: true)!.Value,
            Sex = ask.Choice("Sex", Sexes),
        };
        if (patient.Sex == Sex.Female && CaseBounds.PregnantAgeYears.Contains(patient.AgeYears) && ask.YesNo("Pregnant"))
        {
            patient.Pregnant = true;
            if (ask.WholeNumber("Weeks of gestation", CaseBounds.GestationWeeks) is { } weeks)
            {
                patient.GestationWeeks = weeks;
            }
        }

        return patient;
    }

    /// <summary>
    /// The signs whose question is more than a reading: SpO2 asks about oxygen after it, the systolic pressure asks
    /// for the diastolic one (which is therefore not asked on its own), consciousness is a choice, pain needs its scale.
    /// Every other sign of <see cref="VitalSignCatalogue"/> is asked as a reading within its limits.
    /// </summary>
    private static readonly Dictionary<string, Action<Prompter, Vitals>> SpecialQuestions = new()
    {
        [VitalFields.Spo2Percent] = AskSpo2,
        [VitalFields.SystolicBp] = AskBloodPressure,
        [VitalFields.DiastolicBp] = (_, _) => { },
        [VitalFields.Consciousness] = (ask, vitals) => vitals.Consciousness = ask.Choice(VitalSignCatalogue.Consciousness.Question, Acvpu, "A"),
        [VitalFields.PainScore] = AskPain,
    };

    /// <summary>Asks again for the readings the assessment says could change the decision (empty answers skip them).</summary>
    public static void AskMissing(Prompter ask, Vitals vitals, IReadOnlyCollection<string> fields)
    {
        foreach (var sign in VitalSignCatalogue.All.Where(s => fields.Contains(s.Field)))
        {
            AskSign(ask, vitals, sign);
        }
    }

    private static Vitals AskVitals(Prompter ask)
    {
        var vitals = new Vitals();
        foreach (var sign in VitalSignCatalogue.All)
        {
            AskSign(ask, vitals, sign);
        }

        return vitals;
    }

    private static void AskSign(Prompter ask, Vitals vitals, VitalSign sign)
    {
        if (SpecialQuestions.TryGetValue(sign.Field, out var special))
        {
            special(ask, vitals);
        }
        else if (Reading(ask, sign) is { } value)
        {
            WireVitals.Set(vitals, sign, value);
        }
    }

    private static double? Reading(Prompter ask, VitalSign sign) =>
        sign.Scale == VitalScale.WholeNumber ? ask.WholeReading(sign) : ask.Reading(sign);

    private static void AskSpo2(Prompter ask, Vitals vitals)
    {
        if (ask.WholeReading(VitalSignCatalogue.Spo2Percent) is { } spo2)
        {
            vitals.Spo2Percent = spo2;
            vitals.OnSupplementalOxygen = ask.YesNo("On oxygen");
            vitals.HypercapnicRespiratoryFailure = ask.YesNo("Known hypercapnic respiratory failure (target SpO2 88–92 %)");
        }
    }

    private static void AskBloodPressure(Prompter ask, Vitals vitals)
    {
        if (ask.WholeReading(VitalSignCatalogue.SystolicBp) is not { } systolic)
        {
            return;
        }

        vitals.SystolicBp = systolic;
        while (ask.WholeReading(VitalSignCatalogue.DiastolicBp) is { } diastolic)
        {
            if (diastolic < systolic)
            {
                vitals.DiastolicBp = diastolic;
                break;
            }

            ask.Say($"  must be below the systolic pressure ({systolic} mmHg)");
        }
    }

    private static void AskPain(Prompter ask, Vitals vitals)
    {
        if (ask.WholeReading(VitalSignCatalogue.PainScore) is { } pain)
        {
            vitals.PainScore = pain;
            vitals.PainScale = ask.Choice("Pain scale: numeric, faces (FPS-R) or behavioural (FLACC)", PainScales, "n");
        }
    }
}
