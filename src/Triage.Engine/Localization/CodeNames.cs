using Triage.Contracts.V1;
using Triage.Contracts;

namespace Triage.Engine.Localization;

/// <summary>
/// What to call a code in front of people: every symptom, chronic condition, pain scale, consciousness level,
/// specialty and rule code, in Kazakh, Russian and English (Resources/CodeNames*.resx). Terminals and consoles show
/// these instead of wire names such as SHORTNESS_OF_BREATH.
/// </summary>
public static class CodeNames
{
    private static readonly ResxCatalog Names = new("Triage.Engine.Resources.CodeNames", typeof(CodeNames).Assembly);

    public static LocalizedText Of(Symptom symptom, string language) => Get(KeyOf(symptom), language);

    public static LocalizedText Of(ChronicCondition condition, string language) => Get(KeyOf(condition), language);

    public static LocalizedText Of(PainScale scale, string language) => Get(KeyOf(scale), language);

    public static LocalizedText Of(Consciousness consciousness, string language) => Get(KeyOf(consciousness), language);

    public static LocalizedText Of(Specialty specialty, string language) => Get(KeyOf(specialty), language);

    /// <summary>The short name of a rule or reason code the engine emits (RED_STROKE_FAST: "Suspected stroke").</summary>
    public static LocalizedText OfRule(string code, string language) => Get(RuleKey(code), language);

    /// <summary>The catalogue key of an enum value: its type and wire name, e.g. Symptom_CHEST_PAIN.</summary>
    public static string KeyOf<T>(T value) where T : struct, Enum => $"{typeof(T).Name}_{WireName.Of(value)}";

    public static string RuleKey(string code) => $"Rule_{code}";

    private static LocalizedText Get(string key, string language) =>
        Names.Find(key, language) ?? throw new KeyNotFoundException($"No name '{key}' in any language; every code must have one in CodeNames.resx.");
}
