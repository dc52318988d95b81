using System.Text.Json.Nodes;
using Triage.Contracts.V1;
using Triage.Engine.Referral;

namespace Triage.Engine.Tests.Referral;

/// <summary>A region's policy file is checked at start-up and refused with every problem named.</summary>
public sealed class ReferralPolicyLoaderTests
{
    [Fact]
    public void The_shipped_policy_is_valid_and_gives_every_rule_a_level() =>
        Assert.All(Rules.ClinicalRules.All, rule => Assert.NotEqual(ReferralLevel.Unspecified, ReferralPolicyLoader.Shipped().SettingFor(rule.Code).Level));

    [Fact]
    public void An_unknown_rule_code_is_refused() =>
        AssertRefused(p => p["rules"]!["RED_NOT_A_RULE"] = new JsonObject { ["level"] = "EMERGENCY" }, "rules.RED_NOT_A_RULE: unknown rule code");

    [Fact]
    public void A_rule_without_an_entry_is_refused() =>
        AssertRefused(p => p["rules"]!.AsObject().Remove("RED_SNAKE_BITE"), "rules.RED_SNAKE_BITE: missing");

    [Fact]
    public void An_unknown_specialty_is_refused_with_the_allowed_ones() =>
        AssertRefused(p => p["rules"]!["RED_SNAKE_BITE"]!["specialty"] = "HERPETOLOGY", "rules.RED_SNAKE_BITE.specialty: unknown Specialty 'HERPETOLOGY'; allowed: INTERNAL_MEDICINE");

    [Fact]
    public void An_unknown_level_is_refused() =>
        AssertRefused(p => p["rules"]!["RED_SNAKE_BITE"]!["level"] = "SOON", "rules.RED_SNAKE_BITE.level: unknown ReferralLevel 'SOON'");

    [Fact]
    public void A_coverage_code_without_text_is_refused() =>
        AssertRefused(p => p["coverage"]!["freeForEveryone"]!["ROUTINE_REFERRAL"] = "COVERAGE_BY_MAGIC", "no text Coverage_COVERAGE_BY_MAGIC in 'kk'");

    [Fact]
    public void A_specialty_used_by_a_rule_must_be_ranked() =>
        AssertRefused(p => p["specialtyOrder"]!.AsArray().RemoveAt(0), "specialtyOrder: OBSTETRICS is used by a rule but not ranked");

    [Fact]
    public void A_referral_budget_out_of_order_is_refused() =>
        AssertRefused(p => p["referralBudget"]!["emergencyPercent"] = 12, "referralBudget: need 0 < emergencyPercent ≤ urgentReferralPercent ≤ routineReferralPercent < 100");

    [Fact]
    public void A_misspelt_field_is_refused_rather_than_ignored() =>
        AssertRefused(p => p["rules"]!["RED_SNAKE_BITE"]!["levle"] = "EMERGENCY", "not a valid policy document");

    [Fact]
    public void Several_problems_are_reported_together()
    {
        var error = Refuse(p =>
        {
            p["rules"]!["RED_SNAKE_BITE"]!["level"] = "SOON";
            p["coverage"]!["localBudgetSocialCategories"]!.AsArray().Add("SOCIAL_CATEGORY_Z");
        });

        Assert.Equal(2, error.Errors.Count);
    }

    [Fact]
    public void A_region_file_changes_the_level_without_a_rebuild()
    {
        var policy = ShippedJson();
        policy["rules"]!["RED_ANIMAL_BITE"]!["level"] = "EMERGENCY";
        var path = Path.Combine(Path.GetTempPath(), $"policy-{Guid.NewGuid()}.json");
        File.WriteAllText(path, policy.ToJsonString());
        try
        {
            var engine = TriageEngine.CreateDefault(path);

            var result = engine.Assess(Clinical.CaseBuilder.Adult().With(Symptom.AnimalBite).Build());

            Assert.Equal(ReferralLevel.Emergency, result.Level);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_region_file_is_a_clear_error()
    {
        var error = Assert.Throws<PolicyValidationException>(() => TriageEngine.CreateDefault("no-such-policy.json"));

        Assert.Contains("no-such-policy.json", error.Message);
    }

    private static void AssertRefused(Action<JsonNode> breakIt, string expected) =>
        Assert.Contains(Refuse(breakIt).Errors, e => e.Contains(expected, StringComparison.Ordinal));

    private static PolicyValidationException Refuse(Action<JsonNode> breakIt)
    {
        var policy = ShippedJson();
        breakIt(policy);
        return Assert.Throws<PolicyValidationException>(() => ReferralPolicyLoader.Parse(policy.ToJsonString(), "test"));
    }

    private static JsonNode ShippedJson()
    {
        using var stream = typeof(ReferralPolicyLoader).Assembly.GetManifestResourceStream(ReferralPolicyLoader.ShippedResourceName)!;
        return JsonNode.Parse(stream)!;
    }
}
