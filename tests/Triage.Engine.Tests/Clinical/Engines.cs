namespace Triage.Engine.Tests.Clinical;

/// <summary>One engine with the shipped policy for all tests: it is immutable and pure.</summary>
public static class Engines
{
    public static readonly TriageEngine Default = TriageEngine.CreateDefault();
}
