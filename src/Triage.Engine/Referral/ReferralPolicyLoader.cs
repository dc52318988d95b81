using System.Text.Json;
using System.Text.Json.Serialization;
using Triage.Contracts.V1;
using Triage.Engine.Coverage;
using Triage.Engine.Localization;
using Triage.Engine.Rules;
using Triage.Contracts;

namespace Triage.Engine.Referral;

/// <summary>
/// Reads and validates a referral policy: the shipped one (embedded in this assembly) or a region's own file.
/// Every problem is reported at once, so a region fixes its file in one go rather than error by error.
/// </summary>
public static class ReferralPolicyLoader
{
    public const string ShippedResourceName = "Triage.Engine.referral-policy.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static ReferralPolicy Shipped()
    {
        using var stream = typeof(ReferralPolicyLoader).Assembly.GetManifestResourceStream(ShippedResourceName)
            ?? throw new InvalidOperationException($"The shipped referral policy {ShippedResourceName} is not embedded.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "(shipped)");
    }

    public static ReferralPolicy FromFile(string path) =>
        File.Exists(path)
            ? Parse(File.ReadAllText(path), path)
            : throw new PolicyValidationException(path, ["file not found"]);

    /// <param name="origin">Where the JSON came from, quoted in errors.</param>
    public static ReferralPolicy Parse(string json, string origin)
    {
        PolicyFile file;
        try
        {
            file = JsonSerializer.Deserialize<PolicyFile>(json, Options) ?? throw new JsonException("the file is empty (null)");
        }
        catch (JsonException e)
        {
            throw new PolicyValidationException(origin, [$"not a valid policy document: {e.Message}"]);
        }

        var errors = new List<string>();
        var rules = ReadRules(file, errors);
        var order = ReadSpecialtyOrder(file, rules, errors);
        var coverage = ReadCoverage(file.Coverage, errors);
        var budget = ReadBudget(file.ReferralBudget, errors);
        return errors.Count == 0 ? new ReferralPolicy(rules, order, coverage, budget) : throw new PolicyValidationException(origin, errors);
    }

    private static Dictionary<string, RuleSetting> ReadRules(PolicyFile file, List<string> errors)
    {
        var known = ClinicalRules.All.Select(r => r.Code).ToHashSet();
        var settings = new Dictionary<string, RuleSetting>();
        foreach (var (code, entry) in file.Rules)
        {
            if (!known.Contains(code))
            {
                errors.Add($"rules.{code}: unknown rule code");
                continue;
            }

            var level = ReadEnum<ReferralLevel>(entry.Level, $"rules.{code}.level", errors);
            var specialty = entry.Specialty is null ? Specialty.Unspecified : ReadEnum<Specialty>(entry.Specialty, $"rules.{code}.specialty", errors);
            RequireTexts($"Reason_{code}", $"rules.{code}", errors);
            settings[code] = new RuleSetting(level, specialty);
        }

        errors.AddRange(known.Where(code => !file.Rules.ContainsKey(code)).Order().Select(code => $"rules.{code}: missing; every rule needs a level"));
        return settings;
    }

    private static List<Specialty> ReadSpecialtyOrder(PolicyFile file, Dictionary<string, RuleSetting> rules, List<string> errors)
    {
        var order = file.SpecialtyOrder.Select((name, i) => ReadEnum<Specialty>(name, $"specialtyOrder[{i}]", errors)).ToList();
        errors.AddRange(order.GroupBy(s => s).Where(g => g.Key != Specialty.Unspecified && g.Count() > 1)
            .Select(g => $"specialtyOrder: {WireName.Of(g.Key)} is listed more than once"));
        errors.AddRange(rules.Values.Select(r => r.Specialty).Distinct()
            .Where(s => s != Specialty.Unspecified && !order.Contains(s)).Order()
            .Select(s => $"specialtyOrder: {WireName.Of(s)} is used by a rule but not ranked"));
        return order;
    }

    private static CoveragePolicy ReadCoverage(PolicyCoverageEntry entry, List<string> errors)
    {
        var free = new Dictionary<ReferralLevel, string>();
        foreach (var (levelName, code) in entry.FreeForEveryone)
        {
            var level = ReadEnum<ReferralLevel>(levelName, $"coverage.freeForEveryone.{levelName}", errors);
            RequireTexts($"Coverage_{code}", $"coverage.freeForEveryone.{levelName}", errors);
            free[level] = code;
        }

        var categories = entry.LocalBudgetSocialCategories
            .Select((name, i) => ReadEnum<SocialCategory>(name, $"coverage.localBudgetSocialCategories[{i}]", errors))
            .ToHashSet();
        return new CoveragePolicy(free, categories);
    }

    private static ReferralBudget? ReadBudget(PolicyBudgetEntry? entry, List<string> errors)
    {
        if (entry is null)
        {
            return null;
        }

        var budget = new ReferralBudget(entry.RoutineReferralPercent, entry.UrgentReferralPercent, entry.EmergencyPercent);
        if (!budget.IsOrdered)
        {
            errors.Add("referralBudget: need 0 < emergencyPercent ≤ urgentReferralPercent ≤ routineReferralPercent < 100");
        }

        return budget;
    }

    private static T ReadEnum<T>(string name, string field, List<string> errors) where T : struct, Enum
    {
        if (WireName.TryParse<T>(name, out var value) && !value.Equals(default(T)))
        {
            return value;
        }

        var allowed = Enum.GetValues<T>().Where(v => !v.Equals(default(T))).Select(v => WireName.Of(v));
        errors.Add($"{field}: unknown {typeof(T).Name} '{name}'; allowed: {string.Join(", ", allowed)}");
        return default;
    }

    private static void RequireTexts(string key, string field, List<string> errors) =>
        errors.AddRange(Languages.Supported.Where(language => !TextCatalog.Has(key, language))
            .Select(language => $"{field}: no text {key} in '{language}'"));
}
