namespace Triage.Terminal.Tests.Faults;

/// <summary>The fault tests load the machine heavily; they take turns so that each stays within its time bound.</summary>
[CollectionDefinition(Name)]
public sealed class FaultCollection
{
    public const string Name = "Faults";
}
