// The FHIR SDK declares every element nullable; a missing one fails these assertions with a NullReferenceException,
// which is the failure wanted, so the compiler's nullable warnings add nothing here.
#nullable disable warnings
using System.Net.Http.Headers;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.SignalR.Client;
using Telemed.Hub.Consults;
using Triage.Contracts.V1;
using Triage.Testing;
using Patient = Hl7.Fhir.Model.Patient;
using Task = System.Threading.Tasks.Task;

namespace Triage.Gateway.Tests.Fhir;

/// <summary>A whole consult exported as FHIR R4, over HTTP and by the admin command line, read back with the SDK.</summary>
public sealed class FhirExportTests : IAsyncLifetime
{
    private const string Specialist = "SP-TEST-FHIR-ALL";
    private GatewayHost host = null!;

    public async Task InitializeAsync()
    {
        host = await GatewayHost.StartAsync("--Fhir:PatientReferenceSystem=urn:oid:1.2.398.7.1");
        await host.AddSpecialistAsync(Specialist, "KZ-ZHA", Roster.AllSpecialties);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_concluded_consult_exports_as_a_bundle_with_every_part_coded()
    {
        var caseId = await ConsultedCaseAsync();

        var bundle = FhirBundleAssertions.ParseAndCheck(await GetBundleAsync(caseId));

        Assert.Equal(caseId, bundle.Id);
        var patient = Assert.Single(bundle.All<Patient>());
        var identifier = Assert.Single(patient.Identifier);
        Assert.Equal(("urn:oid:1.2.398.7.1", "KOR01-TEST", SampleCases.KnownClinic), (identifier.System, identifier.Value, identifier.Assigner.Identifier.Value));
        Assert.Empty(patient.Name);
        Assert.Null(patient.BirthDate);
        Assert.Equal(AdministrativeGender.Female, patient.Gender);

        var encounter = Assert.Single(bundle.All<Encounter>());
        Assert.Equal((Encounter.EncounterStatus.Finished, "AMB"), (encounter.Status, encounter.Class.Code));
        Assert.Equal(SampleCases.KnownClinic, encounter.ServiceProvider.Identifier.Value);

        bundle.ObservationCoded("9279-1").Value.HasUcumQuantity(25, "/min");
        var spo2 = bundle.ObservationCoded("2708-6");
        Assert.Contains(spo2.Code.Coding, c => c.Code == "59408-5");
        spo2.Value.HasUcumQuantity(91, "%");
        bundle.ObservationCoded("8867-4").Value.HasUcumQuantity(72, "/min");
        bundle.ObservationCoded("8310-5").Value.HasUcumQuantity(36.8m, "Cel");
        bundle.ObservationCoded("15074-8").Value.HasUcumQuantity(14.2m, "mmol/L");
        var pressure = bundle.ObservationCoded("85354-9");
        Assert.Null(pressure.Value);
        Assert.Single(pressure.Component, c => c.Code.Coding[0].Code == "8480-6").Value.HasUcumQuantity(90, "mm[Hg]");
        Assert.Single(pressure.Component, c => c.Code.Coding[0].Code == "8462-4").Value.HasUcumQuantity(60, "mm[Hg]");
        Assert.All(bundle.All<Observation>().Where(o => o.Category[0].Coding[0].Code == "vital-signs"), o =>
        {
            Assert.Equal(ObservationStatus.Final, o.Status);
            Assert.StartsWith("http://hl7.org/fhir/StructureDefinition/", Assert.Single(o.Meta.Profile));
            Assert.NotNull(o.Effective);
            Assert.NotNull(o.Subject.Reference);
        });

        Assert.Equal(["E14", "I10"], bundle.All<Condition>().Select(c => c.Code.Coding.Single(x => x.System == "http://hl7.org/fhir/sid/icd-10").Code).Order());

        var risk = Assert.Single(bundle.All<RiskAssessment>());
        Assert.Contains(risk.Prediction, p => p.Rationale.StartsWith("NEWS2 ", StringComparison.Ordinal) && p.QualitativeRisk.Coding[0].Code == "high");
        Assert.NotEmpty(risk.Basis);

        var referral = Assert.Single(bundle.All<ServiceRequest>());
        Assert.Equal((RequestPriority.Stat, RequestStatus.Completed, RequestIntent.Order), (referral.Priority, referral.Status, referral.Intent));
        Assert.Equal("urn:triage:specialty", referral.PerformerType.Coding[0].System);

        var messages = bundle.All<Communication>().ToList();
        Assert.Equal(2, messages.Count);
        Assert.Equal("urn:triage:clinic", messages[0].Sender.Identifier.System);
        Assert.Equal("Pressure 90/60, what now?", Assert.IsType<FhirString>(messages[0].Payload[0].Content).Value);
        Assert.Equal(Specialist, messages[1].Sender.Identifier.Value);

        var conclusion = Assert.Single(bundle.All<ClinicalImpression>());
        Assert.Equal(ClinicalImpression.ClinicalImpressionStatus.Completed, conclusion.Status);
        Assert.Equal("A41.9", conclusion.Finding[0].ItemCodeableConcept.Coding[0].Code);
        Assert.Contains("EMERGENCY", conclusion.Summary);
    }

    [Fact]
    public async Task Exporting_twice_gives_the_same_resource_ids_and_each_export_is_audited()
    {
        var submitted = await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.HealthyAdult() });
        var auditedBefore = await host.CountAsync("AuditLog");

        var first = FhirBundleAssertions.ParseAndCheck(await GetBundleAsync(submitted.Result.CaseId));
        var second = FhirBundleAssertions.ParseAndCheck(await GetBundleAsync(submitted.Result.CaseId));

        Assert.Equal(first.Entry.Select(e => e.FullUrl), second.Entry.Select(e => e.FullUrl));
        Assert.Empty(first.All<ServiceRequest>());
        Assert.Empty(first.All<Communication>());
        Assert.Empty(first.All<ClinicalImpression>());
        Assert.Equal(2, await host.CountAsync("AuditLog") - auditedBefore);
    }

    [Fact]
    public async Task The_admin_command_line_writes_the_same_bundle_to_a_file()
    {
        var caseId = await ConsultedCaseAsync();
        var file = Path.Combine(Path.GetTempPath(), $"triage-fhir-{Guid.NewGuid():N}.json");
        try
        {
            var run = await host.RunAdminAsync("export", "--fhir", "--case", caseId, "--out", file);

            Assert.True(run.ExitCode == 0, run.Error);
            var exported = FhirBundleAssertions.ParseAndCheck(await File.ReadAllTextAsync(file));
            var served = FhirBundleAssertions.ParseAndCheck(await GetBundleAsync(caseId));
            Assert.Equal(served.Entry.Select(e => (e.FullUrl, e.Resource.TypeName)), exported.Entry.Select(e => (e.FullUrl, e.Resource.TypeName)));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task An_unknown_case_is_not_found()
    {
        var run = await host.RunAdminAsync("export", "--fhir", "--case", Guid.NewGuid().ToString());

        Assert.Equal(1, run.ExitCode);
        using var response = await SendAsync($"/fhir/Bundle/{Guid.NewGuid()}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_case_the_caller_may_not_read_is_answered_exactly_as_a_missing_one()
    {
        var caseId = (await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() })).Result.CaseId;
        var stranger = host.IssueToken("SP-NOT-ON-ANY-ROSTER", SpecialistRole.Name);

        using var hidden = await SendAsync($"/fhir/Bundle/{caseId}", stranger);
        using var missing = await SendAsync($"/fhir/Bundle/{Guid.NewGuid()}", stranger);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(missing.StatusCode, hidden.StatusCode);
        Assert.Equal("application/problem+json", hidden.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("forbid", (await hidden.Content.ReadAsStringAsync()).ToLowerInvariant());
    }

    /// <summary>An emergency with chronic conditions and a glucose reading, claimed, discussed both ways and concluded.</summary>
    private async Task<string> ConsultedCaseAsync()
    {
        await using var specialist = await SpecialistClient.ConnectAsync(host, Specialist);
        var report = SampleCases.EmergencyAdult(c =>
        {
            c.Vitals.BloodGlucoseMmolL = 14.2;
            c.ChronicConditions.Add(ChronicCondition.Diabetes);
            c.ChronicConditions.Add(ChronicCondition.Hypertension);
        });
        var submitted = await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report });
        var queued = await specialist.NextQueuedAsync(c => c.CaseId == submitted.Result.CaseId);
        await specialist.InvokeAsync<ClaimOutcome>("Claim", queued.ConsultId);
        var asked = await host.Teleconsult.SendConsultMessageAsync(new SendConsultMessageRequest
        {
            CaseId = submitted.Result.CaseId, Text = "Pressure 90/60, what now?", ClientMessageId = Guid.NewGuid().ToString(),
        });
        await specialist.NextEventAsync(n => n.Sequence == asked.Sequence);
        await specialist.InvokeAsync<long>("SendMessage", queued.ConsultId, "Raise the legs, oxygen 5 L/min.", Guid.NewGuid().ToString());
        await specialist.InvokeAsync("Conclude", queued.ConsultId, new ConclusionRequest("EMERGENCY", "A41.9", "Sepsis, unspecified", "Evacuate to the regional ICU now"));
        return submitted.Result.CaseId;
    }

    private async Task<string> GetBundleAsync(string caseId)
    {
        using var response = await SendAsync($"/fhir/Bundle/{caseId}");
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string? token = null)
    {
        using var http = new HttpClient { BaseAddress = host.WebAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? host.TerminalToken);
        return await http.SendAsync(request);
    }
}
