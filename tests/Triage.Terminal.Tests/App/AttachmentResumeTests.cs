using System.Security.Cryptography;
using Google.Protobuf;
using Grpc.Core;
using Triage.Contracts.V1;
using Triage.Terminal.App.Consult;
using Triage.Terminal.Link;
using Triage.Testing;

namespace Triage.Terminal.Tests.App;

/// <summary>A photo whose upload broke off half way is finished from the gateway's offset, and the gateway ends up with the very same file.</summary>
public sealed class AttachmentResumeTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private GatewayHost gateway = null!;

    public async Task InitializeAsync() => gateway = await GatewayHost.StartAsync();

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task An_upload_broken_half_way_is_resumed_where_the_gateway_stopped()
    {
        var stored = await gateway.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() });
        var photo = new byte[3 * AttachmentUpload.ChunkBytes + 1234];
        Random.Shared.NextBytes(photo);
        var path = folder.File("photo.data");
        await File.WriteAllBytesAsync(path, photo);
        var attachment = new PendingAttachment(Guid.NewGuid().ToString(), stored.Result.ClientCaseId, "wound.png", "image/png", photo.Length, 0, false, null);

        // The first half goes through, then the link breaks: the call ends without the rest.
        using (var broken = gateway.Teleconsult.UploadAttachment())
        {
            await broken.RequestStream.WriteAsync(new AttachmentChunk
            {
                AttachmentId = attachment.AttachmentId, CaseId = stored.Result.CaseId, FileName = attachment.FileName, ContentType = attachment.ContentType,
                TotalSize = photo.Length, Offset = 0, Data = ByteString.CopyFrom(photo, 0, photo.Length / 2),
            });
            await broken.RequestStream.CompleteAsync();
            Assert.False((await broken).Complete);
        }

        using var session = new TerminalSession(gateway.GrpcAddress, gateway.TerminalId, gateway.TerminalSecret, TimeSpan.FromSeconds(10));
        var sent = await AttachmentUpload.RunAsync(session, attachment, path, stored.Result.CaseId, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.True(sent.Complete);
        Assert.Equal(photo.Length, sent.Received);
        using var watch = gateway.Intake.WatchCase(new WatchCaseRequest { CaseId = stored.Result.CaseId }, deadline: DateTime.UtcNow.AddSeconds(5));
        var added = await FirstAttachmentAsync(watch.ResponseStream);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(photo)), added.Sha256);
        Assert.Equal(photo.Length, added.Size);
    }

    private static async Task<AttachmentAdded> FirstAttachmentAsync(IAsyncStreamReader<CaseEvent> events)
    {
        while (await events.MoveNext())
        {
            if (events.Current.AttachmentAdded is { } added)
            {
                return added;
            }
        }

        throw new InvalidOperationException("no AttachmentAdded event");
    }
}
