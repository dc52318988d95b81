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

    /// <summary>Each vital sign's question, by its wire name, in the order of an examination.</summary>
    private static readonly (string Field, Action<Prompter, Vitals> Ask)[] VitalQuestions =
    [
        (VitalFields.RespiratoryRate, AskRespiratoryRate),
        (VitalFields.Spo2Percent, AskSpo2),
        (VitalFields.SystolicBp, AskBloodPressure),
        (VitalFields.HeartRate, AskHeartRate),
        (VitalFields.TemperatureC, AskTemperature),
        (VitalFields.Consciousness, (ask, vitals) => vitals.Consciousness = ask.Choice("Consciousness, ACVPU (C = new confusion)", Acvpu, "A")),
        (VitalFields.BloodGlucose, AskGlucose),
        (VitalFields.PainScore, AskPain),
    ];

    /// <summary>Asks again for the readings the assessment says could change the decision (empty answers skip them).</summary>
    public static void AskMissing(Prompter ask, Vitals vitals, IReadOnlyCollection<string> fields)
    {
        foreach (var (_, question) in VitalQuestions.Where(q => fields.Contains(q.Field)))
        {
            question(ask, vitals);
        }
    }

    private static Vitals AskVitals(Prompter ask)
    {
        var vitals = new Vitals();
        foreach (var (_, question) in VitalQuestions)
        {
            question(ask, vitals);
        }

        return vitals;
    }

    private static void AskRespiratoryRate(Prompter ask, Vitals vitals)
    {
        if (ask.WholeReading("Respiratory rate", VitalBands.RespiratoryRate) is { } rate) vitals.RespiratoryRate = rate;
    }

    private static void AskSpo2(Prompter ask, Vitals vitals)
    {
        if (ask.WholeReading("SpO2", VitalBands.Spo2Percent) is { } spo2)
        {
            vitals.Spo2Percent = spo2;
            vitals.OnSupplementalOxygen = ask.YesNo("On oxygen");
            vitals.HypercapnicRespiratoryFailure = ask.YesNo("Known hypercapnic respiratory failure (target SpO2 88–92 %)");
        }
    }

    private static void AskBloodPressure(Prompter ask, Vitals vitals)
    {
        if (ask.WholeReading("Systolic blood pressure", VitalBands.SystolicBp) is not { } systolic)
        {
            return;
        }

        vitals.SystolicBp = systolic;
        while (ask.WholeReading("Diastolic blood pressure", VitalBands.DiastolicBp) is { } diastolic)
        {
            if (diastolic < systolic)
            {
                vitals.DiastolicBp = diastolic;
                break;
            }

            ask.Say($"  must be below the systolic pressure ({systolic} mmHg)");
        }
    }

    private static void AskHeartRate(Prompter ask, Vitals vitals)
    {
        if (ask.WholeReading("Heart rate", VitalBands.HeartRate) is { } heartRate) vitals.HeartRate = heartRate;
    }

    private static void AskTemperature(Prompter ask, Vitals vitals)
    {
        if (ask.Reading("Temperature", VitalBands.TemperatureC) is { } temperature) vitals.TemperatureC = temperature;
    }

    private static void AskGlucose(Prompter ask, Vitals vitals)
    {
        if (ask.Reading("Blood glucose", VitalBands.BloodGlucoseMmolL) is { } glucose) vitals.BloodGlucoseMmolL = glucose;
    }

    private static void AskPain(Prompter ask, Vitals vitals)
    {
        if (ask.WholeReading("Pain score", VitalBands.PainScore) is { } pain)
        {
            vitals.PainScore = pain;
            vitals.PainScale = ask.Choice("Pain scale: numeric, faces (FPS-R) or behavioural (FLACC)", PainScales, "n");
        }
    }
}
