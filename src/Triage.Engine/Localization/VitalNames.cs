namespace Triage.Engine.Localization;

/// <summary>Vital signs named in a sentence by their words in its language (Texts Vital_*), not by wire name.</summary>
/// <param name="Fields">Wire names, e.g. <c>consciousness</c> (see <see cref="Cases.VitalFields"/>).</param>
public sealed record VitalNames(IReadOnlyList<string> Fields) : ILocalizedArgument
{
    /// <summary>One vital sign's words, as they read inside a sentence (lower case where the language has it).</summary>
    public static string Of(string field, string language) => TextCatalog.Get($"Vital_{field}", language).Text;

    public string In(string language) => string.Join(", ", Fields.Select(field => Of(field, language)));
}
