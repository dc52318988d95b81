using Triage.Engine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Engine.Wire;
using Triage.Terminal.App.Catalogue;
using Triage.Terminal.App.Entry;
using Triage.Contracts;

namespace Triage.Terminal.App.Api;

/// <summary>
/// <c>GET /api/catalogue</c>: what the entry form offers, derived from the contract's enums and the engine's text
/// catalogue, bounds and vital signs, so a code or a vital sign added to the contract shows on the form without touching the page.
/// </summary>
internal static class CatalogueEndpoints
{
    public static void MapCatalogue(this RouteGroupBuilder api) =>
        api.MapGet("/catalogue", (ClinicAppSettings settings) => TypedResults.Ok(new
        {
            clinicId = settings.ClinicId,
            bodySystems = Enum.GetValues<BodySystem>().Select(s => new { code = CodeNames.Upper(s), names = CodeNames.Of("BodySystem", CodeNames.Upper(s)) }),
            symptoms = Named<Symptom>("Symptom").Select(s => new { s.code, s.names, system = CodeNames.Upper(SymptomSystems.Of(s.value)) }),
            chronicConditions = Named<ChronicCondition>("Chronic").Select(c => new { c.code, c.names }),
            painScales = Named<PainScale>("PainScale").Select(c => new { c.code, c.names }),
            bounds = CaseFields.Bounds.ToDictionary(b => b.Key, b => new { min = b.Value.Min, max = b.Value.Max }),
            usual = UnusualValues.Usual.ToDictionary(b => b.Key, b => new { min = b.Value.Min, max = b.Value.Max }),
            vitalSigns = VitalSignView.All,
            adultAgeYears = PatientInfo.AdultAgeYears,
            pregnantAgeYears = new { min = CaseBounds.PregnantAgeYears.Min, max = CaseBounds.PregnantAgeYears.Max },
            maxComplaintLength = CaseBounds.MaxComplaintLength,
            maxPatientRefLength = CaseBounds.MaxPatientRefLength,
        }));

    /// <summary>Every code but the unspecified 0; a code without a name in the catalogue would show its bare code, so the catalogue's tests require one.</summary>
    private static IEnumerable<(T value, string code, IReadOnlyDictionary<string, string> names)> Named<T>(string prefix) where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) != 0)
            .Select(v => (v, WireName.Of(v), CodeNames.Of(prefix, v) ?? new Dictionary<string, string> { ["en"] = WireName.Of(v) }));
}
