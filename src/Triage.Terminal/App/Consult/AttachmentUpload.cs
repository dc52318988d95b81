using Google.Protobuf;
using Triage.Contracts.V1;
using Triage.Terminal.Link;

namespace Triage.Terminal.App.Consult;

/// <summary>
/// Sends one photo to the gateway in chunks, starting where the gateway says it stopped: a link that breaks in the
/// middle costs only the chunk in flight, whether the next try is a minute or a restart of the app later.
/// </summary>
public static class AttachmentUpload
{
    public const int ChunkBytes = 64 * 1024;

    public static async Task<PendingAttachment> RunAsync(TerminalSession session, PendingAttachment attachment, string dataPath, string caseId, TimeSpan deadline, CancellationToken cancellationToken)
    {
        await session.SignInAsync(cancellationToken);
        var offset = await session.Teleconsult.GetUploadOffsetAsync(
            new GetUploadOffsetRequest { AttachmentId = attachment.AttachmentId }, deadline: session.Deadline(), cancellationToken: cancellationToken);
        if (offset.Complete)
        {
            return attachment with { Received = attachment.Size, Complete = true };
        }

        await using var file = File.OpenRead(dataPath);
        file.Seek(offset.ReceivedBytes, SeekOrigin.Begin);
        using var call = session.Teleconsult.UploadAttachment(deadline: session.Deadline(deadline), cancellationToken: cancellationToken);
        var buffer = new byte[ChunkBytes];
        var position = offset.ReceivedBytes;
        do
        {
            var read = await file.ReadAsync(buffer, cancellationToken);
            var chunk = new AttachmentChunk { AttachmentId = attachment.AttachmentId, Offset = position, Data = ByteString.CopyFrom(buffer, 0, read) };
            if (position == offset.ReceivedBytes)
            {
                // The gateway needs to know the file only with the first chunk of each (resumed) upload.
                chunk.CaseId = caseId;
                chunk.FileName = attachment.FileName;
                chunk.ContentType = attachment.ContentType;
                chunk.TotalSize = attachment.Size;
            }

            await call.RequestStream.WriteAsync(chunk, cancellationToken);
            position += read;
        }
        while (position < attachment.Size);

        await call.RequestStream.CompleteAsync();
        var receipt = await call;
        return attachment with { Received = receipt.ReceivedBytes, Complete = receipt.Complete };
    }
}
