namespace Triage.EndToEnd.Tests.Calls;

/// <summary>Call tests run one after another: each drives two browsers encoding and decoding video.</summary>
[CollectionDefinition(Name)]
public sealed class CallCollection
{
    public const string Name = "calls";
}
