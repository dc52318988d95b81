using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Google.Protobuf;
using Grpc.Core;
using Triage.Contracts.V1;
using Triage.Testing;

namespace Triage.Gateway.Tests;

public sealed class AttachmentTests : IAsyncLifetime
{
    private const int ChunkSize = 64 * 1024;
    private GatewayHost host = null!;
    private string caseId = "";

    public async Task InitializeAsync()
    {
        host = await GatewayHost.StartAsync("--Attachments:MaxBytes=1000000");
        await host.AddSpecialistAsync("SP-ZHA-ALL", "KZ-ZHA", Roster.AllSpecialties);
        caseId = (await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() })).Result.CaseId;
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_photo_uploaded_in_chunks_reaches_the_specialist_byte_for_byte()
    {
        var photo = RandomNumberGenerator.GetBytes(200_000);
        var attachmentId = Guid.NewGuid().ToString();

        var receipt = await UploadAsync(attachmentId, photo, from: 0);

        Assert.True(receipt.Complete);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(photo)).ToLowerInvariant(), receipt.Sha256);
        using var response = await DownloadAsync(attachmentId, "SP-ZHA-ALL");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(photo, await response.Content.ReadAsByteArrayAsync());
        var events = await host.Intake.WatchCase(new WatchCaseRequest { CaseId = caseId, AfterSequence = 2 }).ResponseStream.ReadAllAsync().Take(1).ToListAsync();
        Assert.Equal(attachmentId, events.Single().AttachmentAdded.AttachmentId);
    }

    [Fact]
    public async Task An_upload_broken_by_the_link_resumes_at_the_offset_the_server_reports()
    {
        var photo = RandomNumberGenerator.GetBytes(300_000);
        var attachmentId = Guid.NewGuid().ToString();
        using (var broken = host.Teleconsult.UploadAttachment())
        {
            await broken.RequestStream.WriteAsync(Chunk(attachmentId, photo, 0));
            await broken.RequestStream.WriteAsync(Chunk(attachmentId, photo, ChunkSize));
            await WaitForOffsetAsync(attachmentId, 2 * ChunkSize);
        }

        var offset = await host.Teleconsult.GetUploadOffsetAsync(new GetUploadOffsetRequest { AttachmentId = attachmentId });
        var receipt = await UploadAsync(attachmentId, photo, from: offset.ReceivedBytes);

        Assert.Equal(2 * ChunkSize, offset.ReceivedBytes);
        Assert.False(offset.Complete);
        Assert.True(receipt.Complete);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(photo)).ToLowerInvariant(), receipt.Sha256);
    }

    [Fact]
    public async Task A_chunk_at_the_wrong_offset_is_refused_with_the_offset_to_resume_from()
    {
        var photo = RandomNumberGenerator.GetBytes(100_000);
        var attachmentId = Guid.NewGuid().ToString();

        var error = await Assert.ThrowsAsync<RpcException>(() => UploadAsync(attachmentId, photo, from: ChunkSize));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("resume from offset 0", error.Status.Detail);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_the_limit()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => UploadAsync(Guid.NewGuid().ToString(), new byte[10], from: 0, declaredSize: 2_000_000));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains(error.BadRequestViolations(), v => v.Field == "total_size" && v.Description.Contains("between 1 and 1000000 bytes"));
    }

    [Fact]
    public async Task A_specialist_of_another_region_cannot_download_it()
    {
        var attachmentId = Guid.NewGuid().ToString();
        await UploadAsync(attachmentId, RandomNumberGenerator.GetBytes(1000), from: 0);

        using var stranger = await DownloadAsync(attachmentId, "SP-TUR-IM-01");
        using var anonymous = await new HttpClient { BaseAddress = host.WebAddress }.GetAsync($"/attachments/{attachmentId}");

        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private async Task<AttachmentReceipt> UploadAsync(string attachmentId, byte[] file, long from, long? declaredSize = null)
    {
        using var call = host.Teleconsult.UploadAttachment();
        for (var offset = from; offset < file.Length; offset += ChunkSize)
        {
            await call.RequestStream.WriteAsync(Chunk(attachmentId, file, offset, declaredSize));
        }

        await call.RequestStream.CompleteAsync();
        return await call.ResponseAsync;
    }

    private AttachmentChunk Chunk(string attachmentId, byte[] file, long offset, long? declaredSize = null) => new()
    {
        AttachmentId = attachmentId,
        CaseId = caseId,
        FileName = "wound.jpg",
        ContentType = "image/jpeg",
        TotalSize = declaredSize ?? file.Length,
        Offset = offset,
        Data = ByteString.CopyFrom(file, (int)offset, (int)Math.Min(ChunkSize, file.Length - offset)),
    };

    private async Task WaitForOffsetAsync(string attachmentId, long bytes)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while ((await host.Teleconsult.GetUploadOffsetAsync(new GetUploadOffsetRequest { AttachmentId = attachmentId })).ReceivedBytes < bytes)
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    private async Task<HttpResponseMessage> DownloadAsync(string attachmentId, string specialistId)
    {
        using var http = new HttpClient { BaseAddress = host.WebAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", host.IssueToken(specialistId, "specialist"));
        return await http.GetAsync($"/attachments/{attachmentId}");
    }
}
