using System.Text.Json;
using Google.Protobuf;
using Triage.Contracts.V1;

namespace Triage.Training.Evaluation;

/// <summary>
/// Reads the vignette file: a JSON array of {id, category, population, title, source, case}, where case is a
/// CaseReport in the contract's JSON form. The shipped set travels inside this assembly.
/// </summary>
public static class VignetteSet
{
    public const string ShippedResourceName = "Triage.Training.vignettes.json";

    private static readonly JsonParser CaseParser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    public static IReadOnlyList<Vignette> Shipped()
    {
        using var stream = typeof(VignetteSet).Assembly.GetManifestResourceStream(ShippedResourceName)
            ?? throw new InvalidOperationException($"The vignette set {ShippedResourceName} is not embedded.");
        return Parse(stream);
    }

    /// <exception cref="FormatException">An entry lacks a field or spells a category or population the file does not know.</exception>
    public static IReadOnlyList<Vignette> Parse(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(Read).ToList();
    }

    private static Vignette Read(JsonElement entry)
    {
        var id = Text(entry, "id");
        return new Vignette(
            id,
            Parse(Text(entry, "category"), Enum.GetValues<VignetteCategory>().ToDictionary(c => c.FileName()), id),
            Parse(Text(entry, "population"), Enum.GetValues<VignettePopulation>().ToDictionary(p => p.ToString().ToLowerInvariant()), id),
            Text(entry, "title"),
            Text(entry, "source"),
            entry.TryGetProperty("case", out var report)
                ? CaseParser.Parse<CaseReport>(report.GetRawText())
                : throw new FormatException($"vignette {id}: no case"));
    }

    private static T Parse<T>(string name, IReadOnlyDictionary<string, T> known, string id) =>
        known.TryGetValue(name, out var value)
            ? value
            : throw new FormatException($"vignette {id}: '{name}' is not one of {string.Join(", ", known.Keys)}");

    private static string Text(JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var value) && value.GetString() is { Length: > 0 } text
            ? text
            : throw new FormatException($"a vignette has no {property}: {entry.GetRawText()[..Math.Min(80, entry.GetRawText().Length)]}");
}
