using System.Security.Cryptography;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Triage.Contracts.V1;
using Triage.Data.Attachments;
using Triage.Engine.Wire;
using Triage.Gateway.Intake;

namespace Triage.Gateway.Teleconsult;

/// <summary>
/// Receives attachments in chunks and keeps the progress durable, so an upload broken by the link resumes at
/// the offset the server reports instead of starting again.
/// </summary>
public sealed class AttachmentStore(AttachmentRecords records, IOptions<AttachmentOptions> options, string folder, TimeProvider clock)
{
    public async Task<Attachment> BeginOrResumeAsync(AttachmentChunk first, Guid caseId, CancellationToken cancellationToken)
    {
        var attachmentId = ParseId(first.AttachmentId);
        var attachment = await records.FindAsync(attachmentId, cancellationToken);
        if (attachment is null)
        {
            ValidateNew(first);
            attachment = new Attachment
            {
                Id = attachmentId,
                CaseId = caseId,
                FileName = Path.GetFileName(first.FileName),
                ContentType = first.ContentType,
                TotalSize = first.TotalSize,
                StartedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            await records.AddAsync(attachment, cancellationToken);
        }
        else if (attachment.CaseId != caseId)
        {
            throw Invalid("attachment_id", "belongs to another case; use a new UUID for a new file");
        }

        // Bytes written after the last recorded chunk (a crash between the two) are not trusted.
        var partial = PartialPath(attachment);
        Directory.CreateDirectory(Path.GetDirectoryName(partial)!);
        await using (var file = new FileStream(partial, FileMode.OpenOrCreate, FileAccess.Write))
        {
            file.SetLength(attachment.ReceivedBytes);
        }

        return attachment;
    }

    /// <summary>Appends one chunk at its declared offset and records the new length.</summary>
    public async Task<Attachment> AppendAsync(Attachment attachment, AttachmentChunk chunk, CancellationToken cancellationToken)
    {
        if (chunk.Offset != attachment.ReceivedBytes)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition,
                $"offset {chunk.Offset} does not match the {attachment.ReceivedBytes} bytes received; resume from offset {attachment.ReceivedBytes}"));
        }

        if (attachment.ReceivedBytes + chunk.Data.Length > attachment.TotalSize)
        {
            throw Invalid("data", $"goes past total_size {attachment.TotalSize} bytes");
        }

        await using (var file = new FileStream(PartialPath(attachment), FileMode.Append, FileAccess.Write))
        {
            chunk.Data.WriteTo(file);
            await file.FlushAsync(cancellationToken);
            file.Flush(flushToDisk: true);
        }

        attachment.ReceivedBytes += chunk.Data.Length;
        if (attachment.ReceivedBytes == attachment.TotalSize)
        {
            attachment.Sha256 = Convert.ToHexString(await SHA256.HashDataAsync(File.OpenRead(PartialPath(attachment)), cancellationToken)).ToLowerInvariant();
            attachment.CompletedAtUtc = clock.GetUtcNow().UtcDateTime;
            File.Move(PartialPath(attachment), CompletePath(attachment), overwrite: true);
        }

        await records.UpdateAsync(attachment, cancellationToken);
        return attachment;
    }

    public Task<Attachment?> FindAsync(Guid attachmentId, CancellationToken cancellationToken) => records.FindAsync(attachmentId, cancellationToken);

    public string CompletePath(Attachment attachment) => Path.Combine(folder, attachment.CaseId.ToString(), attachment.Id.ToString());

    public static Guid ParseId(string attachmentId) =>
        Guid.TryParseExact(attachmentId, "D", out var id) ? id : throw Invalid("attachment_id", $"must be a UUID; got '{attachmentId}'");

    private string PartialPath(Attachment attachment) => CompletePath(attachment) + ".part";

    private void ValidateNew(AttachmentChunk first)
    {
        var violations = new List<FieldViolation>();
        if (first.TotalSize < 1 || first.TotalSize > options.Value.MaxBytes)
        {
            violations.Add(new("total_size", $"must be between 1 and {options.Value.MaxBytes} bytes; got {first.TotalSize}"));
        }

        if (!AttachmentOptions.ContentTypes.Contains(first.ContentType))
        {
            violations.Add(new("content_type", $"must be one of {string.Join(", ", AttachmentOptions.ContentTypes)}; got '{first.ContentType}'"));
        }

        if (string.IsNullOrWhiteSpace(Path.GetFileName(first.FileName)) || first.FileName.Length > 200)
        {
            violations.Add(new("file_name", "must be a file name of 1 to 200 characters"));
        }

        if (violations.Count > 0)
        {
            throw new CaseValidationException(violations);
        }
    }

    private static CaseValidationException Invalid(string field, string description) => new([new FieldViolation(field, description)]);
}
