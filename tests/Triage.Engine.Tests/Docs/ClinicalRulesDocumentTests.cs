using Triage.Engine.Referral;

namespace Triage.Engine.Tests.Docs;

public sealed class ClinicalRulesDocumentTests
{
    /// <summary>Set to 1 to rewrite the document from the data instead of failing.</summary>
    private const string WriteVariable = "TRIAGE_WRITE_DOCS";

    [Fact]
    public void The_rule_list_in_the_docs_matches_the_rule_data()
    {
        var path = Path.Combine(RepositoryRoot(), ClinicalRulesDocument.RelativePath);
        var expected = ClinicalRulesDocument.Render(ReferralPolicyLoader.Shipped());
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            File.WriteAllText(path, expected);
        }

        var actual = File.Exists(path) ? File.ReadAllText(path) : "";
        Assert.True(expected == actual, $"{ClinicalRulesDocument.RelativePath} is out of date with the rules; regenerate it with {WriteVariable}=1.");
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Triage.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Triage.sln not found above the test binaries.");
    }
}
