namespace Telemed.Hub.Consults;

/// <summary>
/// What the hub pushes: which case, which sequence number, what kind of event, and the event itself
/// (protobuf JSON) when small. A client that sees a gap asks for everything after its last sequence.
/// </summary>
public sealed record CaseEventNotice(string CaseId, string ConsultId, long Sequence, string Kind, string? EventJson);
