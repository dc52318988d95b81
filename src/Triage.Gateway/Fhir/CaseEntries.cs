using Hl7.Fhir.Model;

namespace Triage.Gateway.Fhir;

/// <summary>Adds resources to a case's bundle under stable UUIDs and hands back the reference to each.</summary>
internal sealed class CaseEntries(Bundle bundle, Guid caseId)
{
    public ResourceReference Add(string name, Resource resource)
    {
        var id = StableUuid.For(caseId, name);
        resource.Id = id.ToString("D");
        var fullUrl = StableUuid.Urn(id);
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = fullUrl, Resource = resource });
        return new ResourceReference(fullUrl);
    }
}
