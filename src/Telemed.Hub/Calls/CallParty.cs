using Triage.Contracts.V1;

namespace Telemed.Hub.Calls;

/// <summary>One of the two people a call may join: the consult's specialist or its clinic's feldsher.</summary>
public sealed record CallParty(MessageAuthor Side, string Id, string Name);
