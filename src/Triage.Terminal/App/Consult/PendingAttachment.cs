namespace Triage.Terminal.App.Consult;

/// <summary>A photo taken for a case, kept on this machine until the gateway has every byte of it.</summary>
/// <param name="Received">Bytes the gateway confirmed last time it was asked.</param>
/// <param name="Refusal">Why the gateway refused it for good (e.g. a file type it does not take); null while it may still go.</param>
public sealed record PendingAttachment(
    string AttachmentId,
    string ClientCaseId,
    string FileName,
    string ContentType,
    long Size,
    long Received,
    bool Complete,
    string? Refusal);
