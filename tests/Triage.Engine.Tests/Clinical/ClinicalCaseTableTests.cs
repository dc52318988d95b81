using Triage.Contracts.V1;
using static Triage.Contracts.V1.ChronicCondition;
using static Triage.Contracts.V1.Symptom;
using static Triage.Engine.Tests.Clinical.CaseBuilder;

namespace Triage.Engine.Tests.Clinical;

/// <summary>
/// The clinical test table: patients a feldsher meets, each named with the source or rationale of its expected
/// level, specialty and rule codes.
/// </summary>
public sealed class ClinicalCaseTableTests
{
    private const ReferralLevel E = ReferralLevel.Emergency;
    private const ReferralLevel U = ReferralLevel.UrgentReferral;
    private const ReferralLevel R = ReferralLevel.RoutineReferral;
    private const ReferralLevel T = ReferralLevel.TreatLocally;

    internal static readonly Dictionary<string, ClinicalExample> Examples = new()
    {
        // Adults (16 or more, not pregnant): NEWS2 plus red flags.
        ["Adult: sore throat, normal vitals, NEWS2 0 (RCP NEWS2 2017)"] =
            new(Adult().With(SoreThroat), T, Specialty.InternalMedicine, "NEWS2_LOW"),
        ["Adult: facial droop alone is a stroke until proven otherwise (FAST, Harbison 2003)"] =
            new(Adult(67).With(FacialDroop), E, Specialty.Neurology, "RED_STROKE_FAST"),
        ["Adult: speech disturbance with one-sided weakness (FAST)"] =
            new(Adult(55).With(SpeechDisturbance, UnilateralWeakness), E, Specialty.Neurology, "RED_STROKE_FAST"),
        ["Adult: unknown age with arm weakness is scored as an adult (decision)"] =
            new(Adult(null).With(UnilateralWeakness), E, Specialty.Neurology, "RED_STROKE_FAST"),
        ["Adult: chest pain at 58 is a suspected ACS (NICE CG95)"] =
            new(Adult(58).With(ChestPain), E, Specialty.Cardiology, "RED_ACS_SUSPECTED"),
        ["Adult: chest pain at 30 with diabetes is a suspected ACS (NICE CG95 risk factors)"] =
            new(Adult(30).With(ChestPain).WithCondition(Diabetes), E, Specialty.Cardiology, "RED_ACS_SUSPECTED"),
        ["Adult: chest pain at 25 with pulse 118 is a suspected ACS (abnormal vitals)"] =
            new(Adult(25).With(ChestPain).WithVitals(v => v with { HeartRate = 118 }), E, Specialty.Cardiology, "RED_ACS_SUSPECTED"),
        ["Adult: chest pain at 25 with fainting is a suspected ACS"] =
            new(Adult(25).With(ChestPain, Syncope), E, Specialty.Cardiology, "RED_ACS_SUSPECTED"),
        ["Adult: chest pain at 25, no risk, normal vitals still needs a same-day ECG (NICE CG95)"] =
            new(Adult(25).With(ChestPain), U, Specialty.Cardiology, "RED_CHEST_PAIN"),
        ["Adult: thunderclap headache is a subarachnoid haemorrhage until proven otherwise (NICE NG228)"] =
            new(Adult(40).With(ThunderclapHeadache), E, Specialty.Neurology, "RED_THUNDERCLAP_HEADACHE"),
        ["Adult: headache, neck stiffness and 38.6 °C suggest meningitis (NICE NG240)"] =
            new(Adult(22).With(Headache, NeckStiffness).WithVitals(v => v with { TemperatureC = 38.6 }), E, Specialty.InfectiousDisease, "RED_MENINGISM_FEVER"),
        ["Adult: headache with normal vitals is managed at the health post"] =
            new(Adult(35).With(Headache), T, Specialty.InternalMedicine, "NEWS2_LOW"),
        ["Adult: tongue swelling with breathlessness is anaphylaxis (RCUK 2021)"] =
            new(Adult(30).With(SwellingFaceOrTongue, ShortnessOfBreath), E, Specialty.InternalMedicine, "RED_ANAPHYLAXIS"),
        ["Adult: facial swelling with systolic 85 is anaphylaxis (RCUK 2021, hypotension)"] =
            new(Adult(30).With(SwellingFaceOrTongue).WithVitals(v => v with { SystolicBp = 85, DiastolicBp = 50 }), E, Specialty.InternalMedicine, "RED_ANAPHYLAXIS"),
        ["Adult: facial swelling with itching only is not anaphylaxis"] =
            new(Adult(30).With(SwellingFaceOrTongue, Itching), T, Specialty.InternalMedicine, "NEWS2_LOW"),
        ["Adult: fever with RR 24 and systolic 98 is qSOFA 2 (Seymour, JAMA 2016)"] =
            new(Adult(60).With(Fever).WithVitals(v => v with { RespiratoryRate = 24, SystolicBp = 98, TemperatureC = 38.5 }), E, Specialty.InternalMedicine,
                "RED_SEPSIS_QSOFA", "RED_SEPSIS_NEWS2"),
        ["Adult: fever with NEWS2 5 and qSOFA 0 is suspected sepsis, urgent (NICE NG51)"] =
            new(Adult(50).With(Fever).WithVitals(v => v with { RespiratoryRate = 21, HeartRate = 111, TemperatureC = 38.5 }), U, Specialty.InternalMedicine,
                "RED_SEPSIS_NEWS2", "NEWS2_MEDIUM"),
        ["Adult: systolic 60 alone is peri-arrest, though NEWS2 scores it as 90 (SATS TEWS)"] =
            new(Adult(70).WithVitals(v => v with { SystolicBp = 60, DiastolicBp = 30 }), E, Specialty.InternalMedicine, "RED_CRITICAL_VITALS", "NEWS2_RED_SCORE"),
        ["Adult: SpO2 80 % on air is severe hypoxaemia (BTS 2017)"] =
            new(Adult(70).WithVitals(v => v with { Spo2Percent = 80 }), E, Specialty.InternalMedicine, "RED_CRITICAL_VITALS"),
        ["Adult: pulse 150 calls the emergency team (MERIT 2005)"] =
            new(Adult(30).With(Palpitations).WithVitals(v => v with { HeartRate = 150 }), E, Specialty.InternalMedicine, "RED_CRITICAL_VITALS"),
        ["Adult: pulse 135 scores 3 in NEWS2 but is below the MET criterion"] =
            new(Adult(30).With(Palpitations).WithVitals(v => v with { HeartRate = 135 }), U, Specialty.InternalMedicine, "NEWS2_RED_SCORE"),
        ["Pregnancy: responds only to pain is critical (MERIT 2005)"] =
            new(Pregnant(30).WithVitals(v => v with { Consciousness = Consciousness.Pain }), E, Specialty.Obstetrics, "RED_CRITICAL_VITALS"),
        ["Adult: glucose 2.6 mmol/L is level 2 hypoglycaemia (IHSG 2017)"] =
            new(Adult(62).WithVitals(v => v with { BloodGlucoseMmolL = 2.6 }), E, Specialty.Endocrinology, "RED_HYPOGLYCAEMIA"),
        ["Adult: glucose 27 mmol/L with vomiting suggests DKA or HHS (JBDS-IP)"] =
            new(Adult(19).With(Vomiting).WithVitals(v => v with { BloodGlucoseMmolL = 27 }), E, Specialty.Endocrinology, "RED_HYPERGLYCAEMIA"),
        ["Adult: glucose 22 mmol/L without symptoms is not an emergency by itself"] =
            new(Adult(50).WithVitals(v => v with { BloodGlucoseMmolL = 22 }), T, Specialty.InternalMedicine, "NEWS2_LOW"),
        ["Adult: vomiting blood is an upper GI bleed (NICE CG141)"] =
            new(Adult(48).With(VomitingBlood), E, Specialty.Surgery, "RED_GI_BLEEDING"),
        ["Adult: black stool is melaena (NICE CG141)"] =
            new(Adult(71).With(BloodInStool), E, Specialty.Surgery, "RED_GI_BLEEDING"),
        ["Adult: eye pain with blurred vision is acute angle closure until proven otherwise (EGS 2020)"] =
            new(Adult(64).With(EyePain, VisualDisturbance), E, Specialty.Ophthalmology, "RED_VISION_LOSS"),
        ["Adult: sudden loss of vision (EGS 2020)"] =
            new(Adult(70).With(SuddenVisionLoss), E, Specialty.Ophthalmology, "RED_VISION_LOSS"),
        ["Adult: head injury with new confusion (NICE NG232)"] =
            new(Adult(33).With(HeadInjury).WithVitals(v => v with { Consciousness = Consciousness.NewConfusion }), E, Specialty.Traumatology, "RED_MAJOR_TRAUMA"),
        ["Adult: head injury, alert, no vomiting needs same-day assessment (NICE NG232)"] =
            new(Adult(33).With(HeadInjury), U, Specialty.Traumatology, "RED_HEAD_INJURY"),
        ["Adult: fall from a horse, major trauma (NICE NG39)"] =
            new(Adult(41).With(MajorTrauma), E, Specialty.Traumatology, "RED_MAJOR_TRAUMA"),
        ["Adult: snake bite needs antivenom in hospital (WHO snakebite guidelines 2016)"] =
            new(Adult(37).With(SnakeBite), E, Specialty.Toxicology, "RED_SNAKE_BITE"),
        ["Adult: poisoning"] =
            new(Adult(26).With(Poisoning), E, Specialty.Toxicology, "RED_POISONING"),
        ["Adult: current suicidal thoughts are imminent risk (mhGAP 2.0, SUI)"] =
            new(Adult(24).With(SuicidalIdeation), E, Specialty.Psychiatry, "RED_SUICIDAL_IDEATION"),
        ["Adolescent: a plan of suicide is imminent risk (mhGAP 2.0, SUI)"] =
            new(Child(15).With(SelfHarmPlanOrAct), E, Specialty.Psychiatry, "RED_SELF_HARM"),
        ["Adult: low mood and fatigue without suicidal thoughts or plan is not imminent risk (mhGAP 2.0)"] =
            new(Adult(24).With(Fatigue), T, Specialty.InternalMedicine, "NEWS2_LOW"),

        // Presentations that NEWS2 misses while the vital signs are normal.
        ["Adult 22: abdominal pain, vomiting and 38.2 °C is an acute abdomen until a surgeon says otherwise (NICE CKS Appendicitis)"] =
            new(Adult(22).With(AbdominalPain, Vomiting).WithVitals(v => v with { TemperatureC = 38.2 }), U, Specialty.Surgery, "RED_ACUTE_ABDOMEN"),
        ["Adult 22: abdominal pain with vomiting but no fever is not (near miss)"] =
            new(Adult(22).With(AbdominalPain, Vomiting), T, Specialty.InternalMedicine, "NEWS2_LOW"),
        ["Adult: coughing blood needs a cause found today (SATS 2012, very urgent)"] =
            new(Adult(35).With(Cough, Haemoptysis), U, Specialty.Pulmonology, "RED_HAEMOPTYSIS"),
        ["Adult: cough with sputum and no blood stays local (near miss)"] =
            new(Adult(35).With(Cough, Sputum), T, Specialty.InternalMedicine, "NEWS2_LOW"),
        ["Adult 28: thirst, polyuria and glucose 18 without known diabetes is suspected type 1 (NICE NG17)"] =
            new(Adult(28).With(PolyuriaPolydipsia).WithVitals(v => v with { BloodGlucoseMmolL = 18 }), U, Specialty.Endocrinology, "RED_NEW_HYPERGLYCAEMIA"),
        ["Child 9: thirst and glucose 14 is same-day diabetes care (NICE NG18)"] =
            new(Child(9).With(PolyuriaPolydipsia, Fatigue).WithVitals(v => v with { BloodGlucoseMmolL = 14 }), U, Specialty.Endocrinology, "RED_NEW_HYPERGLYCAEMIA"),
        ["Adult 62: thirst, polyuria and glucose 13, no weight loss: probable type 2, planned (WHO 2006; NICE NG28)"] =
            new(Adult(62).With(PolyuriaPolydipsia).WithVitals(v => v with { BloodGlucoseMmolL = 13 }), R, Specialty.Endocrinology, "NEW_HYPERGLYCAEMIA"),
        ["Adult 62: thirst with glucose 9 is not diabetic hyperglycaemia (near miss)"] =
            new(Adult(62).With(PolyuriaPolydipsia).WithVitals(v => v with { BloodGlucoseMmolL = 9 }), T, Specialty.InternalMedicine, "NEWS2_LOW"),
        ["Adult 28: known diabetes with glucose 15 and thirst is not new (near miss)"] =
            new(Adult(28).With(PolyuriaPolydipsia).WithCondition(Diabetes).WithVitals(v => v with { BloodGlucoseMmolL = 15 }), T, Specialty.InternalMedicine, "NEWS2_LOW"),
        ["Adult: cough for three weeks is presumptive tuberculosis (WHO TB screening 2021)"] =
            new(Adult(45).With(ProlongedCough), R, Specialty.Pulmonology, "RED_PRESUMPTIVE_TB"),
        ["Adult: cough with weight loss is presumptive tuberculosis (WHO TB screening 2021)"] =
            new(Adult(45).With(Cough, WeightLoss), R, Specialty.Pulmonology, "RED_PRESUMPTIVE_TB"),
        ["Adult with HIV and night sweats: WHO four-symptom screen (WHO TB screening 2021)"] =
            new(Adult(33).With(Sweating).WithCondition(Hiv), R, Specialty.Pulmonology, "RED_PRESUMPTIVE_TB"),
        ["Adult: a cough of a few days without weight loss is not presumptive TB (near miss)"] =
            new(Adult(45).With(Cough, RunnyNose), T, Specialty.InternalMedicine, "NEWS2_LOW"),

        ["Adult: a swollen, tender calf is a suspected DVT, ultrasound within 4 hours (NICE NG158)"] =
            new(Adult(47, Sex.Female).With(LegSwelling, LimbPainOrSwelling), U, Specialty.Surgery, "SUSPECTED_DVT"),
        ["Adult: swollen ankles without a painful limb are not a DVT (near miss)"] =
            new(Adult(70).With(LegSwelling), T, Specialty.InternalMedicine, "NEWS2_LOW"),
        ["Adult: loin pain 9/10 is renal colic needing same-day assessment (NICE NG118)"] =
            new(Adult(39).With(FlankPain, Vomiting).WithVitals(v => v with { PainScore = 9, PainScale = PainScale.NumericRating }), U, Specialty.Surgery, "RENAL_COLIC_SEVERE"),
        ["Adult: loin pain 5/10 stays local (near miss)"] =
            new(Adult(39).With(FlankPain).WithVitals(v => v with { PainScore = 5, PainScale = PainScale.NumericRating }), T, Specialty.InternalMedicine, "NEWS2_LOW"),
        ["Adult 61: difficulty swallowing is an endoscopy within two weeks (NICE NG12)"] =
            new(Adult(61).With(DifficultySwallowing, WeightLoss), R, Specialty.InternalMedicine, "DYSPHAGIA"),
        ["Child: a sore throat that hurts to swallow is not adult dysphagia (near miss)"] =
            new(Child(6).With(SoreThroat), T, Specialty.Paediatrics, "NEWS2_NOT_APPLICABLE"),
        ["Infant 3 weeks: jaundice beyond 14 days needs a conjugated bilirubin (NICE CG98)"] =
            new(Child(0.06).With(Jaundice), R, Specialty.Paediatrics, "JAUNDICE"),
        ["Pregnant 32 weeks: itching without a rash is checked for cholestasis (RCOG GTG 43)"] =
            new(Pregnant(32).With(Itching), R, Specialty.Obstetrics, "OBS_ITCHING"),
        ["Pregnant 26 weeks: glucose 9.5 needs a glucose tolerance test within a week (NICE NG3)"] =
            new(Pregnant(26).WithVitals(v => v with { BloodGlucoseMmolL = 9.5 }), R, Specialty.Obstetrics, "OBS_RAISED_GLUCOSE"),
        ["Pregnant 26 weeks: glucose 6.1 is not raised (near miss)"] =
            new(Pregnant(26).WithVitals(v => v with { BloodGlucoseMmolL = 6.1 }), T, Specialty.Obstetrics, "NEWS2_NOT_APPLICABLE"),

        // Pain (SATS 2012: severe pain is very urgent); children's scales count the same.
        ["Adult: back pain 8/10 needs a doctor's assessment, planned from the health post (SATS 2012)"] =
            new(Adult(40).With(BackPain).WithVitals(v => v with { PainScore = 8, PainScale = PainScale.NumericRating }), R, Specialty.InternalMedicine, "PAIN_SEVERE"),
        ["Child 4: ear pain 8/10 on the faces scale (FPS-R)"] =
            new(Child(4).With(EarPain).WithVitals(v => v with { PainScore = 8, PainScale = PainScale.Faces }), R, Specialty.Paediatrics, "PAIN_SEVERE"),
        ["Infant: FLACC 7 is severe pain"] =
            new(Child(0.5).WithVitals(v => v with { PainScore = 7, PainScale = PainScale.Behavioural }), R, Specialty.Paediatrics, "PAIN_SEVERE"),
        ["Adult: back pain 6/10 is moderate and stays local (near miss)"] =
            new(Adult(40).With(BackPain).WithVitals(v => v with { PainScore = 6, PainScale = PainScale.NumericRating }), T, Specialty.InternalMedicine, "NEWS2_LOW"),
        ["Adult: non-blanching rash with fever is meningococcal disease until proven otherwise (NICE NG240)"] =
            new(Adult(18).With(NonBlanchingRash, Fever), E, Specialty.InfectiousDisease, "RED_NON_BLANCHING_RASH_FEVER"),
        ["Adult: dog bite needs rabies prophylaxis the same day (WHO rabies position paper 2018)"] =
            new(Adult(52).With(AnimalBite), U, Specialty.Traumatology, "RED_ANIMAL_BITE"),
        ["Adult: stroke signs with NEWS2 9 go to neurology (only named specialties at the top level choose)"] =
            new(Adult(75).With(UnilateralWeakness).WithVitals(v => v with { RespiratoryRate = 25, Spo2Percent = 91, SystolicBp = 90 }), E, Specialty.Neurology,
                "RED_STROKE_FAST", "NEWS2_HIGH"),
        ["Adult: chest pain and poisoning tie at emergency; cardiology ranks before toxicology (policy order)"] =
            new(Adult(50).With(ChestPain, Poisoning), E, Specialty.Cardiology, "RED_ACS_SUSPECTED", "RED_POISONING"),
        ["Adult: 150/95 at the health post needs a planned diagnosis of hypertension (NICE NG136)"] =
            new(Adult(56).WithVitals(v => v with { SystolicBp = 150, DiastolicBp = 95 }), R, Specialty.Cardiology, "ADULT_HYPERTENSION"),
        ["Adult: 185/100 needs a same-day search for organ damage (NICE NG136)"] =
            new(Adult(56).WithVitals(v => v with { SystolicBp = 185, DiastolicBp = 100 }), U, Specialty.Cardiology, "ADULT_HYPERTENSION_SEVERE"),

        // Children (under 16): IMCI danger signs, ETAT emergency signs, age-specific vital signs; no NEWS2.
        ["Child 6 months unable to breastfeed: general danger sign (WHO IMCI 2014)"] =
            new(Child(0.5).With(UnableToDrinkOrFeed), E, Specialty.Paediatrics, "PAED_DANGER_UNABLE_TO_DRINK", "NEWS2_NOT_APPLICABLE"),
        ["Child 2 years vomits everything: general danger sign (WHO IMCI 2014)"] =
            new(Child(2).With(VomitingEverything), E, Specialty.Paediatrics, "PAED_DANGER_VOMITS_EVERYTHING"),
        ["Child 3 years with convulsions: general danger sign (WHO IMCI 2014)"] =
            new(Child(3).With(Seizure), E, Specialty.Paediatrics, "PAED_DANGER_CONVULSIONS"),
        ["Child 1 year, lethargic: general danger sign (WHO IMCI 2014)"] =
            new(Child(1).With(Lethargy), E, Specialty.Paediatrics, "PAED_DANGER_LETHARGIC"),
        ["Child 4 years responding only to pain: coma (WHO ETAT 2016)"] =
            new(Child(4).WithVitals(v => v with { Consciousness = Consciousness.Pain }), E, Specialty.Paediatrics, "PAED_ETAT_COMA"),
        ["Child 2 years with stridor: obstructed breathing (WHO ETAT 2016)"] =
            new(Child(2).With(Stridor, Cough), E, Specialty.Paediatrics, "PAED_ETAT_OBSTRUCTED_BREATHING"),
        ["Child 9 months with blue lips: central cyanosis (WHO ETAT 2016)"] =
            new(Child(0.75).With(CentralCyanosis), E, Specialty.Paediatrics, "PAED_ETAT_CENTRAL_CYANOSIS"),
        ["Child 1 year with chest indrawing: severe respiratory distress (WHO ETAT 2016)"] =
            new(Child(1).With(ChestIndrawing, Cough), E, Specialty.Paediatrics, "PAED_ETAT_RESPIRATORY_DISTRESS"),
        ["Child 3 years, cold hands, pulse 170: shock (WHO ETAT 2016)"] =
            new(Child(3).With(ColdExtremities).WithVitals(v => v with { HeartRate = 170 }), E, Specialty.Paediatrics, "PAED_ETAT_SHOCK", "PAED_HEART_RATE_ABNORMAL"),
        ["Child 18 months, diarrhoea, sunken eyes, lethargic: severe dehydration (WHO IMCI 2014)"] =
            new(Child(1.5).With(Diarrhoea, SunkenEyes, Lethargy), E, Specialty.Paediatrics, "PAED_ETAT_SEVERE_DEHYDRATION", "PAED_DANGER_LETHARGIC"),
        ["Child 18 months, diarrhoea with sunken eyes only: some dehydration, oral rehydration at the post (WHO IMCI 2014)"] =
            new(Child(1.5).With(Diarrhoea, SunkenEyes), T, Specialty.Paediatrics, "NEWS2_NOT_APPLICABLE"),
        ["Child 2 years with SpO2 88 %: hypoxaemia needs oxygen (WHO oxygen therapy for children 2016)"] =
            new(Child(2).With(Cough).WithVitals(v => v with { Spo2Percent = 88 }), E, Specialty.Paediatrics, "PAED_HYPOXAEMIA"),
        ["Child 1 month breathing 62/min: fast breathing (WHO IMCI, 60 or more under 2 months)"] =
            new(Child(1.0 / 12).WithVitals(v => v with { RespiratoryRate = 62 }), U, Specialty.Paediatrics, "PAED_FAST_BREATHING"),
        ["Child 1 month breathing 55/min: not fast under 2 months (WHO IMCI)"] =
            new(Child(1.0 / 12).WithVitals(v => v with { RespiratoryRate = 55 }), T, Specialty.Paediatrics, "NEWS2_NOT_APPLICABLE"),
        ["Child 6 months breathing 52/min: fast breathing (WHO IMCI, 50 or more at 2-11 months)"] =
            new(Child(0.5).With(Cough).WithVitals(v => v with { RespiratoryRate = 52 }), U, Specialty.Paediatrics, "PAED_FAST_BREATHING"),
        ["Child 3 years breathing 45/min: fast breathing (WHO IMCI, 40 or more at 1-5 years)"] =
            new(Child(3).With(Cough).WithVitals(v => v with { RespiratoryRate = 45 }), U, Specialty.Paediatrics, "PAED_FAST_BREATHING"),
        ["Child 15 years breathing 26/min: NEWS2 does not apply, above the 99th centile (Fleming 2011)"] =
            new(Child(15).WithVitals(v => v with { RespiratoryRate = 26 }), U, Specialty.Paediatrics, "PAED_FAST_BREATHING"),
        ["Child 2 years breathing 12/min: below the 1st centile (Fleming 2011)"] =
            new(Child(2).WithVitals(v => v with { RespiratoryRate = 12 }), U, Specialty.Paediatrics, "PAED_SLOW_BREATHING"),
        ["Child 10 years with pulse 40: below the 1st centile (Fleming 2011)"] =
            new(Child(10).WithVitals(v => v with { HeartRate = 40 }), U, Specialty.Paediatrics, "PAED_HEART_RATE_ABNORMAL"),
        ["Child 6 weeks with 38.2 °C: any fever under 3 months is urgent (NICE NG143)"] =
            new(Child(6.0 / 52).WithVitals(v => v with { TemperatureC = 38.2 }), U, Specialty.Paediatrics, "PAED_FEVER_YOUNG_INFANT"),
        ["Child 4 months with 39.2 °C: 39 or more at 3-6 months (NICE NG143)"] =
            new(Child(4.0 / 12).WithVitals(v => v with { TemperatureC = 39.2 }), U, Specialty.Paediatrics, "PAED_HIGH_FEVER_INFANT"),
        ["Child 2 years, 38.5 °C with cough and normal breathing: treated at the post (WHO IMCI fever)"] =
            new(Child(2).With(Fever, Cough).WithVitals(v => v with { TemperatureC = 38.5 }), T, Specialty.Paediatrics, "NEWS2_NOT_APPLICABLE"),
        ["Child 4 years, systolic 65: below 70 + 2 x age (PALS)"] =
            new(Child(4).WithVitals(v => v with { SystolicBp = 65 }), E, Specialty.Paediatrics, "PAED_HYPOTENSION"),
        ["Newborn at 35.2 °C: low body temperature (WHO IMCI young infant)"] =
            new(Child(0.02).WithVitals(v => v with { TemperatureC = 35.2 }), E, Specialty.Paediatrics, "PAED_HYPOTHERMIA"),
        ["Child 8 years bitten by a snake: red flags apply at any age (WHO 2016)"] =
            new(Child(8).With(SnakeBite), E, Specialty.Toxicology, "RED_SNAKE_BITE"),
        ["Child 6 years with anaphylaxis: the generalist for a child is the paediatrician (RCUK 2021)"] =
            new(Child(6).With(SwellingFaceOrTongue, Wheeze), E, Specialty.Paediatrics, "RED_ANAPHYLAXIS"),
        ["Child 7 years bitten by a dog: rabies prophylaxis today (WHO 2018)"] =
            new(Child(7).With(AnimalBite), U, Specialty.Traumatology, "RED_ANIMAL_BITE"),

        // Pregnancy: obstetric early warning, no NEWS2, obstetrics.
        ["Pregnant 30 weeks, 165/100: severe hypertension (NICE NG133)"] =
            new(Pregnant(30).WithVitals(v => v with { SystolicBp = 165, DiastolicBp = 100 }), E, Specialty.Obstetrics, "OBS_SEVERE_HYPERTENSION"),
        ["Pregnant 34 weeks, 145/95 with headache: pre-eclampsia (NICE NG133, ACOG PB 222)"] =
            new(Pregnant(34).With(Headache).WithVitals(v => v with { SystolicBp = 145, DiastolicBp = 95 }), E, Specialty.Obstetrics, "OBS_PRE_ECLAMPSIA_SYMPTOMS"),
        ["Pregnant 34 weeks, 145/95 without symptoms: same-day assessment (NICE NG133)"] =
            new(Pregnant(34).WithVitals(v => v with { SystolicBp = 145, DiastolicBp = 95 }), U, Specialty.Obstetrics, "OBS_HYPERTENSION"),
        ["Pregnant 36 weeks with a seizure: eclampsia (NICE NG133)"] =
            new(Pregnant(36).With(Seizure), E, Specialty.Obstetrics, "OBS_ECLAMPSIA"),
        ["Pregnant 20 weeks with vaginal bleeding (RCOG GTG 63)"] =
            new(Pregnant(20).With(VaginalBleeding), E, Specialty.Obstetrics, "OBS_VAGINAL_BLEEDING"),
        ["Pregnant 34 weeks with reduced fetal movements (RCOG GTG 57)"] =
            new(Pregnant(34).With(ReducedFetalMovements), U, Specialty.Obstetrics, "OBS_REDUCED_FETAL_MOVEMENTS"),
        ["Pregnant 33 weeks with ruptured membranes: preterm (NICE NG25)"] =
            new(Pregnant(33).With(RupturedMembranes), E, Specialty.Obstetrics, "OBS_PRETERM_LABOUR"),
        ["Pregnant 39 weeks in labour: to the maternity unit today (WHO intrapartum care 2018)"] =
            new(Pregnant(39).With(LabourPain), U, Specialty.Obstetrics, "OBS_LABOUR_AT_TERM"),
        ["Pregnant, gestation unknown, in labour: treated as preterm (decision)"] =
            new(Pregnant(null).With(LabourPain), E, Specialty.Obstetrics, "OBS_PRETERM_LABOUR"),
        ["Pregnant 24 weeks with 38.4 °C (RCOG GTG 64a; MEOWS red)"] =
            new(Pregnant(24).WithVitals(v => v with { TemperatureC = 38.4 }), U, Specialty.Obstetrics, "OBS_FEVER", "OBS_MEOWS_TRIGGER"),
        ["Pregnant 28 weeks, pulse 125 and RR 32: two red MEOWS triggers (Singh 2012)"] =
            new(Pregnant(28).WithVitals(v => v with { HeartRate = 125, RespiratoryRate = 32 }), E, Specialty.Obstetrics, "OBS_MEOWS_SEVERE"),
        ["Pregnant 28 weeks, pulse 105 and RR 24: two yellow MEOWS triggers (Singh 2012)"] =
            new(Pregnant(28).WithVitals(v => v with { HeartRate = 105, RespiratoryRate = 24 }), U, Specialty.Obstetrics, "OBS_MEOWS_TRIGGER"),
        ["Pregnant 28 weeks, RR 22 alone: one yellow trigger, no NEWS2 (RCP NEWS2 scope)"] =
            new(Pregnant(28).WithVitals(v => v with { RespiratoryRate = 22 }), T, Specialty.Obstetrics, "NEWS2_NOT_APPLICABLE"),
        ["Pregnant with stroke signs and 165/105: obstetrics ranks first at the tie (policy order)"] =
            new(Pregnant(35).With(FacialDroop).WithVitals(v => v with { SystolicBp = 165, DiastolicBp = 105 }), E, Specialty.Obstetrics,
                "RED_STROKE_FAST", "OBS_SEVERE_HYPERTENSION"),
        ["Pregnant 16-year-old with a snake bite: red flags apply in pregnancy"] =
            new(Pregnant(22, 16).With(SnakeBite), E, Specialty.Toxicology, "RED_SNAKE_BITE"),

        // Chronic conditions that raise vigilance.
        ["Diabetes with vomiting: ketoacidosis risk (JBDS-IP)"] =
            new(Adult(40).With(Vomiting).WithCondition(Diabetes), U, Specialty.Endocrinology, "CHRONIC_DIABETES_VOMITING"),
        ["Diabetes with a cough only: no extra vigilance"] =
            new(Adult(40).With(Cough).WithCondition(Diabetes), T, Specialty.InternalMedicine, "NEWS2_LOW"),
        ["Heart failure with breathlessness: decompensation (ESC 2021)"] =
            new(Adult(72).With(ShortnessOfBreath).WithCondition(HeartFailure), U, Specialty.Cardiology, "CHRONIC_HEART_FAILURE_BREATHLESS"),
        ["Heart failure, breathless, NEWS2 9: emergency with the generalist (only top-level hits choose)"] =
            new(Adult(72).With(ShortnessOfBreath).WithCondition(HeartFailure).WithVitals(v => v with { RespiratoryRate = 25, Spo2Percent = 91, SystolicBp = 90 }),
                E, Specialty.InternalMedicine, "CHRONIC_HEART_FAILURE_BREATHLESS", "NEWS2_HIGH"),
        ["COPD with breathlessness: exacerbation (GOLD)"] =
            new(Adult(66).With(ShortnessOfBreath, Cough).WithCondition(Copd), U, Specialty.Pulmonology, "CHRONIC_LUNG_DISEASE_BREATHLESS"),
        ["Child 8 years with asthma and breathlessness: chronic rules apply at any age (BTS/SIGN 158)"] =
            new(Child(8).With(ShortnessOfBreath, Wheeze).WithCondition(Asthma), U, Specialty.Pulmonology, "CHRONIC_LUNG_DISEASE_BREATHLESS"),
        ["CKD with diarrhoea: acute kidney injury risk (NICE NG148)"] =
            new(Adult(63).With(Diarrhoea).WithCondition(ChronicKidneyDisease), U, Specialty.Nephrology, "CHRONIC_KIDNEY_DISEASE_ACUTE_ILLNESS"),
        ["Immunosuppressed with 38.3 °C: neutropenic sepsis until proven otherwise (NICE CG151)"] =
            new(Adult(55).WithCondition(Immunosuppression).WithVitals(v => v with { TemperatureC = 38.3 }), E, Specialty.InfectiousDisease, "CHRONIC_IMMUNOSUPPRESSED_FEVER"),
        ["HIV with reported fever (NICE CG151 by analogy; decision)"] =
            new(Adult(31).With(Fever).WithCondition(Hiv), E, Specialty.InfectiousDisease, "CHRONIC_IMMUNOSUPPRESSED_FEVER"),
        ["Pregnant with diabetes and vomiting: the chronic rule applies in pregnancy"] =
            new(Pregnant(26).With(Vomiting).WithCondition(Diabetes), U, Specialty.Endocrinology, "CHRONIC_DIABETES_VOMITING"),
    };

    public static TheoryData<string> Names => [.. Examples.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_case_gets_its_level_specialty_and_rule_codes(string name)
    {
        var example = Examples[name];

        var result = Engines.Default.Assess(example.Case.Build());

        Assert.Equal(example.Level, result.Level);
        Assert.Equal(example.Specialty, result.Specialty);
        Assert.All(example.Codes, code => Assert.Contains(code, result.Reasons.Select(r => r.Code)));
    }

    [Fact]
    public void The_table_covers_every_patient_group_with_at_least_sixty_cases()
    {
        Assert.True(Examples.Count >= 60, $"{Examples.Count} cases");
        Assert.Contains(Examples.Values, e => e.Case.Patient.Pregnant);
        Assert.Contains(Examples.Values, e => e.Case.Patient.AgeYears < 16);
        Assert.Contains(Examples.Values, e => e.Case.Conditions.Count > 0);
    }

    [Fact]
    public void Every_rule_except_the_informational_ones_is_exercised_by_the_table()
    {
        var exercised = Examples.Values.SelectMany(e => Engines.Default.Assess(e.Case.Build()).Reasons.Select(r => r.Code)).ToHashSet();

        var missing = Rules.ClinicalRules.All.Select(r => r.Code).Where(c => !exercised.Contains(c) && c != "NEWS2_INCOMPLETE");

        Assert.Empty(missing);
    }

    [Fact]
    public void Red_flags_name_the_dangers_and_leave_out_informational_hits()
    {
        var result = Engines.Default.Assess(Adult(67).With(FacialDroop).Build());

        Assert.Equal(["RED_STROKE_FAST"], result.RedFlags);
    }
}
