namespace Triage.Gateway.Tests.Access;

/// <summary>A fresh emergency case of clinic A with its open consult and a finished photo, so no row depends on another.</summary>
public sealed record AccessScene(string CaseId, string ConsultId, string AttachmentId);
