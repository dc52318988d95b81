using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Triage.Contracts.V1;
using Triage.Data.Cases;

namespace Triage.Gateway.Fhir;

/// <summary>Reads what is stored about a case and writes it as a FHIR R4 JSON bundle.</summary>
public sealed class FhirExport(CaseStore cases, FhirBundleBuilder builder, TimeProvider clock)
{
    public const string MediaType = "application/fhir+json";

    public async Task<Bundle> BundleOfAsync(StoredCase stored, CancellationToken cancellationToken)
    {
        var events = await cases.EventsAfterAsync(stored.Id, 0, cancellationToken);
        var data = new FhirCaseData(
            stored.Id,
            stored.ClinicId,
            DateTime.SpecifyKind(stored.ReceivedAtUtc, DateTimeKind.Utc),
            CaseReport.Parser.ParseFrom(stored.Report),
            TriageResult.Parser.ParseFrom(stored.Result),
            events);
        return builder.Build(data, clock.GetUtcNow());
    }

    public async Task<string> JsonOfAsync(StoredCase stored, CancellationToken cancellationToken) =>
        new FhirJsonSerializer().SerializeToString(await BundleOfAsync(stored, cancellationToken), pretty: true);
}
