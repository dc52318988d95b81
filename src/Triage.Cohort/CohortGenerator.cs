using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Localization;

namespace Triage.Cohort;

/// <summary>
/// Draws a synthetic cohort of health-post visits: who comes (age, sex, pregnancy, chronic conditions), with what
/// (a disease archetype and a latent severity), what the feldsher observes (symptoms, vital signs with measurement
/// noise and gaps) and what happens next. The outcome is drawn from the latent severity, the archetype's lethality,
/// age and frailty, and unobserved chance; never from NEWS2 or the rules, so that neither is graded against itself.
/// </summary>
public sealed class CohortGenerator(int seed)
{
    /// <summary>Outcome log-odds at severity 0 for a healthy young adult with a condition of average lethality.</summary>
    private const double OutcomeIntercept = -7.4;

    /// <summary>Outcome log-odds gained from severity 0 to 1.</summary>
    private const double SeverityEffect = 8.0;

    /// <summary>Spread of what the outcome depends on that nobody at the health post can see.</summary>
    private const double HiddenRiskSd = 0.4;

    /// <summary>Spread (of the log) of how strongly a patient's vital signs show their severity: some compensate well.</summary>
    private const double ReserveSd = 0.25;

    /// <summary>
    /// How strongly severity shows in the vital signs overall: the one knob tuned so that NEWS2's AUROC in the cohort
    /// matches <see cref="CalibrationTarget"/>.
    /// </summary>
    private const double VitalExpression = 1.6;

    private static readonly Symptom[] AllSymptoms = Enum.GetValues<Symptom>().Where(s => s != Symptom.Unspecified).ToArray();

    private readonly SeededRandom random = new(seed);

    public IEnumerable<LabelledCase> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Next();
        }
    }

    public LabelledCase Next()
    {
        var patient = DrawPatient();
        var weights = Archetypes.All.Select(a => a.Weight(patient)).ToArray();
        var archetype = Archetypes.All[random.Pick(weights)];
        if (archetype.Implies is { } implied && !patient.Has(implied.Condition) && random.Chance(implied.Probability))
        {
            patient.Conditions.Add(implied.Condition);
        }

        var severity = random.Beta(archetype.Severity.A, archetype.Severity.B);
        var vitals = DrawVitals(patient, archetype, severity);
        var symptoms = DrawSymptoms(archetype, severity, vitals);
        var outcome = random.Chance(Logistic(OutcomeLogOdds(patient, archetype, severity)));

        var clinicalCase = new ClinicalCase(
            new PatientInfo(Math.Round(patient.Age, 1), patient.Sex, patient.Pregnant, patient.GestationWeeks, InsuranceStatus.Insured, SocialCategory.Unspecified),
            vitals,
            symptoms,
            patient.Conditions,
            Languages.Russian);
        return new LabelledCase(clinicalCase, outcome, archetype.Name);
    }

    private double OutcomeLogOdds(DraftPatient p, Archetype archetype, double severity)
    {
        var frailty = 0.03 * Math.Max(p.Age - 50, 0)
            + (p.Age < 1 ? 0.6 : 0)
            + 0.4 * new[] { ChronicCondition.HeartFailure, ChronicCondition.ChronicKidneyDisease, ChronicCondition.Cancer, ChronicCondition.Copd, ChronicCondition.Immunosuppression, ChronicCondition.Hiv, ChronicCondition.Tuberculosis }.Count(p.Has)
            + 0.15 * new[] { ChronicCondition.Diabetes, ChronicCondition.CoronaryHeartDisease, ChronicCondition.PreviousStroke, ChronicCondition.Anaemia }.Count(p.Has);
        return OutcomeIntercept + SeverityEffect * severity + archetype.Lethality + frailty + random.Normal(0, HiddenRiskSd);
    }

    private DraftPatient DrawPatient()
    {
        var band = random.Uniform();
        var age = band < 0.07 ? random.Uniform(0, 1)
            : band < 0.25 ? random.Uniform(1, 16)
            : band < 0.78 ? random.Uniform(16, 65)
            : 65 + Math.Min(30, -8 * Math.Log(1 - random.Uniform()));
        var sex = random.Chance(0.5) ? Sex.Female : Sex.Male;
        var pregnant = sex == Sex.Female && age is >= 16 and < 45 && random.Chance(0.12);
        int? gestation = pregnant ? (int)random.Uniform(6, 41) : null;
        return new DraftPatient(age, sex, pregnant, gestation, DrawConditions(age, sex));
    }

    /// <summary>Prevalences rise with age roughly as in adult primary care; illustrative, not from one survey.</summary>
    private HashSet<ChronicCondition> DrawConditions(double age, Sex sex)
    {
        var adult = Math.Clamp((age - 16) / 60, 0, 1.2);
        var conditions = new HashSet<ChronicCondition>();
        void Maybe(ChronicCondition c, double p)
        {
            if (random.Chance(p))
            {
                conditions.Add(c);
            }
        }

        Maybe(ChronicCondition.Hypertension, age < 16 ? 0.002 : 0.05 + 0.45 * adult);
        Maybe(ChronicCondition.Diabetes, age < 16 ? 0.002 : 0.02 + 0.15 * adult);
        Maybe(ChronicCondition.CoronaryHeartDisease, age < 30 ? 0 : 0.13 * adult);
        Maybe(ChronicCondition.HeartFailure, age < 40 ? 0 : 0.07 * adult);
        Maybe(ChronicCondition.Copd, age < 35 ? 0 : (sex == Sex.Male ? 0.12 : 0.05) * adult);
        Maybe(ChronicCondition.Asthma, age < 16 ? 0.08 : 0.05);
        Maybe(ChronicCondition.ChronicKidneyDisease, age < 16 ? 0.002 : 0.08 * adult);
        Maybe(ChronicCondition.Epilepsy, 0.01);
        Maybe(ChronicCondition.Anaemia, sex == Sex.Female ? 0.12 : 0.04);
        Maybe(ChronicCondition.Tuberculosis, 0.003);
        Maybe(ChronicCondition.Hiv, 0.002);
        Maybe(ChronicCondition.Cancer, age < 30 ? 0.002 : 0.05 * adult);
        Maybe(ChronicCondition.PreviousStroke, age < 40 ? 0 : 0.06 * adult);
        Maybe(ChronicCondition.Immunosuppression, 0.01);
        Maybe(ChronicCondition.CerebralPalsy, age < 16 ? 0.003 : 0.001);
        Maybe(ChronicCondition.Glaucoma, age < 40 ? 0 : 0.04 * adult);
        Maybe(ChronicCondition.Parkinsons, age < 50 ? 0 : 0.02 * adult);
        return conditions;
    }

    private VitalSigns DrawVitals(DraftPatient p, Archetype archetype, double severity)
    {
        var r = archetype.Response;
        var child = p.IsChild;
        // Deterioration shows late: compensation hides mild illness, then fails.
        var shown = VitalExpression * Math.Pow(severity, 1.4) * random.LogNormal(ReserveSd);

        var (hr0, rr0) = p.Age < 1 ? (130.0, 36.0) : p.Age < 5 ? (110.0, 27.0) : p.Age < 12 ? (92.0, 21.0) : p.Age < 16 ? (82.0, 18.0) : (76.0, 16.0);
        var sbp0 = child ? 90 + 1.8 * p.Age : 116 + 0.45 * (p.Age - 16) + (p.Has(ChronicCondition.Hypertension) ? 14 : 0) + (p.Pregnant ? -4 : 0);
        var spo20 = p.Has(ChronicCondition.Copd) ? 94.0 : 97.6;

        var heartRate = hr0 + random.Normal(0, 10) + r.HeartRate * shown * (child ? 1.3 : 1);
        var respiratoryRate = rr0 + random.Normal(0, child ? 3 : 1.8) + r.RespiratoryRate * shown * (child ? 1.4 : 1);
        var systolic = sbp0 + random.Normal(0, 12) + r.SystolicBp * shown * (child ? 0.6 : 1);
        var diastolic = 0.62 * systolic + random.Normal(0, 6) + r.DiastolicBp * shown;
        var spo2 = spo20 + random.Normal(0, 1.1) + r.Spo2 * shown;
        var feverish = r.Temperature > 0 && random.Chance(0.35 + 0.6 * severity);
        var temperature = 36.7 + random.Normal(0, 0.3) + (feverish ? r.Temperature * (0.5 + severity) : Math.Min(r.Temperature, 0) * shown);
        var glucose = r.Glucose?.Invoke(severity) + random.Normal(0, 1.2)
            ?? (p.Has(ChronicCondition.Diabetes) ? 9 + random.Normal(0, 2.5) : 5.3 + random.Normal(0, 0.7));
        var consciousness = DrawConsciousness(r.Consciousness, severity * random.LogNormal(ReserveSd / 2));

        // Measurement: counting and cuff errors, and what was not measured. Sicker patients get measured more often.
        var attention = 1 - 0.6 * severity;
        int? Measure(double value, double noise, double pMissing, int low, int high) =>
            random.Chance(pMissing * attention) ? null : (int)Math.Clamp(Math.Round(value + random.Normal(0, noise)), low, high);

        var bpMissing = child ? 0.6 : 0.08;
        var glucoseMissing = r.Glucose is not null || p.Has(ChronicCondition.Diabetes) ? 0.2 : 0.8;
        var bpTaken = !random.Chance(bpMissing * attention);
        return new VitalSigns(
            RespiratoryRate: Measure(respiratoryRate, 1.5, 0.18, 4, 80),
            Spo2Percent: Measure(Math.Min(spo2, 100), 0.8, 0.3, 50, 100) is { } s ? Math.Min(s, 100) : null,
            OnSupplementalOxygen: false,
            HypercapnicRespiratoryFailure: p.Has(ChronicCondition.Copd) && random.Chance(0.15),
            SystolicBp: bpTaken ? (int)Math.Clamp(Math.Round(systolic + random.Normal(0, 5)), 40, 260) : null,
            DiastolicBp: bpTaken ? (int)Math.Clamp(Math.Round(diastolic + random.Normal(0, 4)), 20, 160) : null,
            HeartRate: Measure(heartRate, 3, 0.05, 25, 250),
            TemperatureC: random.Chance(0.06 * attention) ? null : Math.Round(Math.Clamp(temperature + random.Normal(0, 0.15), 32, 42.5), 1),
            Consciousness: random.Chance(0.1 * attention) ? Consciousness.Unspecified : consciousness,
            BloodGlucoseMmolL: random.Chance(glucoseMissing * attention) ? null : Math.Round(Math.Clamp(glucose, 1.1, 40), 1));
    }

    private Consciousness DrawConsciousness(double chanceAtWorst, double severity)
    {
        var altered = chanceAtWorst * Logistic(9 * (severity - 0.62));
        if (!random.Chance(altered))
        {
            return Consciousness.Alert;
        }

        var depth = random.Uniform() * (0.4 + severity);
        return depth < 0.5 ? Consciousness.NewConfusion : depth < 0.8 ? Consciousness.Voice : depth < 1.05 ? Consciousness.Pain : Consciousness.Unresponsive;
    }

    private HashSet<Symptom> DrawSymptoms(Archetype archetype, double severity, VitalSigns vitals)
    {
        var symptoms = new HashSet<Symptom>();
        foreach (var odds in archetype.Symptoms)
        {
            if (random.Chance(odds.At(severity)))
            {
                symptoms.Add(odds.Symptom);
            }
        }

        if (vitals.ReducedConsciousness && random.Chance(0.7))
        {
            symptoms.Add(Symptom.Confusion);
        }

        // Everyone mentions something unrelated now and then.
        foreach (var symptom in AllSymptoms)
        {
            if (random.Chance(0.006))
            {
                symptoms.Add(symptom);
            }
        }

        return symptoms;
    }

    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));
}
