using Hl7.Fhir.Model;
using Microsoft.Extensions.Options;
using Triage.Contracts.V1;
using Triage.Engine;
using Patient = Hl7.Fhir.Model.Patient;
using Triage.Contracts;

namespace Triage.Gateway.Fhir;

/// <summary>
/// One case as a FHIR R4 <c>collection</c> bundle: the patient (pseudonymous reference only), the encounter at the
/// health post, vital signs, chronic conditions, the risk assessment, the referral, the consult messages and the
/// specialist's conclusion. Every entry has a stable <c>urn:uuid</c> and references point at those.
/// </summary>
public sealed class FhirBundleBuilder(IOptions<FhirOptions> options)
{
    public Bundle Build(FhirCaseData data, DateTimeOffset now)
    {
        var bundle = new Bundle
        {
            Id = data.CaseId.ToString("D"),
            Type = Bundle.BundleType.Collection,
            Identifier = new Identifier("urn:ietf:rfc:3986", StableUuid.Urn(data.CaseId)),
            Timestamp = now,
        };
        var entries = new CaseEntries(bundle, data.CaseId);
        var report = data.Report;
        var recorded = report.RecordedAt?.ToDateTimeOffset() ?? new DateTimeOffset(data.ReceivedAtUtc, TimeSpan.Zero);
        var concluded = data.Events.Select(e => e.Concluded).LastOrDefault(c => c is not null);
        var consulted = data.Events.Any(e => e.ConsultOpened is not null);

        var patient = entries.Add("Patient", PatientOf(report, data.ClinicId));
        var encounter = entries.Add("Encounter", EncounterOf(report, data.ClinicId, recorded, consulted && concluded is null, patient));

        var observations = VitalSignObservations.From(report.Vitals ?? new Vitals(), recorded)
            .Select((observation, index) =>
            {
                observation.Subject = patient;
                observation.Encounter = encounter;
                return entries.Add($"Observation/{index}", observation);
            })
            .ToList();

        foreach (var condition in report.ChronicConditions.Where(c => c != ChronicCondition.Unspecified).Distinct())
        {
            entries.Add($"Condition/{condition}", ConditionOf(condition, patient, encounter));
        }

        var risk = entries.Add("RiskAssessment", RiskAssessments.Of(data.Result, patient, encounter, observations));
        if (data.Result.ReferralLevel >= ReferralLevel.RoutineReferral)
        {
            entries.Add("ServiceRequest", ReferralOf(data.Result, data.ClinicId, concluded is not null, patient, encounter, risk));
        }

        foreach (var caseEvent in data.Events.Where(e => e.Message is not null))
        {
            entries.Add($"Communication/{caseEvent.Sequence}", CommunicationOf(caseEvent, patient, encounter));
        }

        if (concluded is not null)
        {
            var at = data.Events.Last(e => e.Concluded is not null).OccurredAt.ToDateTimeOffset();
            entries.Add("ClinicalImpression", ConclusionOf(concluded, at, patient, encounter));
        }

        return bundle;
    }

    private Patient PatientOf(CaseReport report, string clinicId)
    {
        var patient = new Patient
        {
            Gender = report.Patient?.Sex switch
            {
                Sex.Female => AdministrativeGender.Female,
                Sex.Male => AdministrativeGender.Male,
                _ => AdministrativeGender.Unknown,
            },
        };
        if (report.Patient is { PatientRef: not "" } reported)
        {
            patient.Identifier.Add(new Identifier(options.Value.PatientReferenceSystem, reported.PatientRef)
            {
                // A reference is only unique within its clinic, so the clinic is named as the one who assigned it.
                Assigner = new ResourceReference { Identifier = new Identifier(CodeSystems.Clinic, clinicId) },
            });
        }

        return patient;
    }

    private static Encounter EncounterOf(CaseReport report, string clinicId, DateTimeOffset recorded, bool consultOpen, ResourceReference patient)
    {
        var encounter = new Encounter
        {
            Status = consultOpen ? Encounter.EncounterStatus.InProgress : Encounter.EncounterStatus.Finished,
            Class = new Coding(CodeSystems.ActCode, "AMB", "ambulatory"),
            Subject = patient,
            Period = new Period { StartElement = new FhirDateTime(recorded) },
            ServiceProvider = new ResourceReference { Identifier = new Identifier(CodeSystems.Clinic, clinicId) },
        };
        if (report.Complaint != "")
        {
            encounter.ReasonCode.Add(new CodeableConcept { Text = report.Complaint });
        }

        encounter.ReasonCode.AddRange(report.Symptoms.Where(s => s != Symptom.Unspecified).Select(s => new CodeableConcept { Text = WireName.Of(s) }));
        return encounter;
    }

    private static Condition ConditionOf(ChronicCondition condition, ResourceReference patient, ResourceReference encounter)
    {
        var (code, display) = ChronicConditionCodes.Of(condition);
        return new Condition
        {
            ClinicalStatus = new CodeableConcept(CodeSystems.ConditionClinical, "active", "Active"),
            Category = [new CodeableConcept(CodeSystems.ConditionCategory, "problem-list-item", "Problem List Item")],
            Code = new CodeableConcept(CodeSystems.Icd10, code, display) { Text = display },
            Subject = patient,
            Encounter = encounter,
        };
    }

    private static ServiceRequest ReferralOf(
        TriageResult result, string clinicId, bool concluded, ResourceReference patient, ResourceReference encounter, ResourceReference risk) => new()
    {
        Status = concluded ? RequestStatus.Completed : RequestStatus.Active,
        Intent = RequestIntent.Order,
        Priority = result.ReferralLevel switch
        {
            ReferralLevel.Emergency => RequestPriority.Stat,
            ReferralLevel.UrgentReferral => RequestPriority.Urgent,
            _ => RequestPriority.Routine,
        },
        Category = [new CodeableConcept(CodeSystems.ReferralLevel, WireName.Of(result.ReferralLevel), WireName.Of(result.ReferralLevel))],
        Code = new CodeableConcept(CodeSystems.Snomed, "3457005", "Patient referral") { Text = "Referral" },
        PerformerType = new CodeableConcept(CodeSystems.Specialty, WireName.Of(result.Specialty), WireName.Of(result.Specialty)),
        Subject = patient,
        Encounter = encounter,
        AuthoredOnElement = result.AssessedAt is null ? null : new FhirDateTime(result.AssessedAt.ToDateTimeOffset()),
        Requester = new ResourceReference { Identifier = new Identifier(CodeSystems.Clinic, clinicId) },
        ReasonReference = [risk],
        Note = result.Advice == "" ? [] : [new Annotation { Text = new Markdown(result.Advice) }],
    };

    private static Communication CommunicationOf(CaseEvent caseEvent, ResourceReference patient, ResourceReference encounter)
    {
        var message = caseEvent.Message;
        var communication = new Communication
        {
            Status = EventStatus.Completed,
            Subject = patient,
            Encounter = encounter,
            SentElement = new FhirDateTime(caseEvent.OccurredAt.ToDateTimeOffset()),
            Sender = new ResourceReference
            {
                Identifier = new Identifier(message.Author == MessageAuthor.Specialist ? CodeSystems.Specialist : CodeSystems.Clinic, message.AuthorId),
                Display = message.AuthorName == "" ? null : message.AuthorName,
            },
            Payload = [new Communication.PayloadComponent { Content = new FhirString(message.Text) }],
        };
        if (message.ClientMessageId != "")
        {
            communication.Identifier.Add(new Identifier("urn:triage:consult-message", message.ClientMessageId));
        }

        return communication;
    }

    private static ClinicalImpression ConclusionOf(ConsultConcluded concluded, DateTimeOffset at, ResourceReference patient, ResourceReference encounter) => new()
    {
        Status = ClinicalImpression.ClinicalImpressionStatus.Completed,
        Subject = patient,
        Encounter = encounter,
        DateElement = new FhirDateTime(at),
        Assessor = new ResourceReference
        {
            Identifier = new Identifier(CodeSystems.Specialist, concluded.SpecialistId),
            Display = concluded.SpecialistName == "" ? null : concluded.SpecialistName,
        },
        Summary = $"Final referral level {WireName.Of(concluded.FinalLevel)}. Plan: {concluded.Plan}",
        Finding =
        [
            new ClinicalImpression.FindingComponent
            {
                ItemCodeableConcept = new CodeableConcept(CodeSystems.Icd10, concluded.Icd10Code, concluded.Diagnosis) { Text = concluded.Diagnosis },
            },
        ],
        Note = [new Annotation { Text = new Markdown(concluded.Plan) }],
    };
}
