// The FHIR SDK declares every element nullable; a missing one fails these assertions with a NullReferenceException,
// which is the failure wanted, so the compiler's nullable warnings add nothing here.
#nullable disable warnings
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Triage.Gateway.Tests.Fhir;

/// <summary>Reads a bundle back with the SDK (which validates on reading) and checks what any FHIR consumer relies on.</summary>
internal static class FhirBundleAssertions
{
    public static Bundle ParseAndCheck(string json)
    {
        var bundle = new FhirJsonDeserializer().Deserialize<Bundle>(json);

        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        Assert.NotNull(bundle.Timestamp);
        var fullUrls = bundle.Entry.Select(e => e.FullUrl).ToList();
        Assert.Equal(fullUrls.Count, fullUrls.Distinct().Count());
        Assert.All(bundle.Entry, entry =>
        {
            Assert.StartsWith("urn:uuid:", entry.FullUrl);
            Assert.True(Guid.TryParseExact(entry.FullUrl["urn:uuid:".Length..], "D", out var id), entry.FullUrl);
            Assert.Equal(id.ToString("D"), entry.Resource.Id);
        });

        // Every literal reference points inside the bundle; actors outside it are named by identifier only.
        var references = bundle.Entry.SelectMany(e => Descendants(e.Resource).OfType<ResourceReference>()).ToList();
        Assert.All(references.Where(r => r.Reference is not null), r => Assert.Contains(r.Reference, fullUrls));
        Assert.All(references.Where(r => r.Reference is null), r => Assert.NotNull(r.Identifier?.Value));

        // What the SDK reads it writes again unchanged: nothing was dropped as unknown.
        Assert.Equal(json, new FhirJsonSerializer().SerializeToString(bundle, pretty: true));
        return bundle;
    }

    private static IEnumerable<Base> Descendants(Base node)
    {
        foreach (var (_, value) in node.EnumerateElements())
        {
            IEnumerable<Base> children = value switch
            {
                Base child => [child],
                IEnumerable<Base> list => list,
                _ => [],
            };
            foreach (var child in children)
            {
                yield return child;
                foreach (var descendant in Descendants(child))
                {
                    yield return descendant;
                }
            }
        }
    }

    public static IEnumerable<T> All<T>(this Bundle bundle) where T : Resource => bundle.Entry.Select(e => e.Resource).OfType<T>();

    public static Observation ObservationCoded(this Bundle bundle, string loinc) =>
        Assert.Single(bundle.All<Observation>(), o => o.Code.Coding.Any(c => c.System == "http://loinc.org" && c.Code == loinc));

    public static void HasUcumQuantity(this DataType? value, decimal expected, string ucum)
    {
        var quantity = Assert.IsType<Quantity>(value);
        Assert.Equal(("http://unitsofmeasure.org", ucum, expected), (quantity.System, quantity.Code, quantity.Value!.Value));
    }
}
