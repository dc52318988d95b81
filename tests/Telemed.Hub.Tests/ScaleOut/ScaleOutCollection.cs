namespace Telemed.Hub.Tests.ScaleOut;

/// <summary>The multi-process tests run one class at a time: each starts several gateways, which is load enough for two cores.</summary>
[CollectionDefinition(Name)]
public sealed class ScaleOutCollection
{
    public const string Name = "scale-out";
}
