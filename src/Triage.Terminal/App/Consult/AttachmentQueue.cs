using System.Text.Json;
using Grpc.Core;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Triage.Terminal.App.Link;
using Triage.Terminal.Link;
using Triage.Terminal.Outbox;

namespace Triage.Terminal.App.Consult;

/// <summary>
/// Photos waiting for the gateway: each kept as its bytes and a small JSON record in the attachment folder (so a
/// closed app forgets nothing), sent once its case has reached the gateway and whenever the link allows, resumed
/// from the gateway's offset after any break.
/// </summary>
internal sealed class AttachmentQueue(
    ClinicAppSettings settings,
    CaseOutbox outbox,
    TerminalSession session,
    LinkMonitor link,
    ILogger<AttachmentQueue> logger) : BackgroundService
{
    /// <summary>What the app keeps for the gateway at most per photo; the gateway may take less and says so.</summary>
    public const long MaxBytes = 25 * 1024 * 1024;

    private readonly SyncTrigger wake = new();
    private readonly SemaphoreSlim records = new(1, 1);

    public async Task<PendingAttachment> AddAsync(string clientCaseId, string fileName, string contentType, Stream data, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.AttachmentFolder);
        var id = Guid.NewGuid().ToString();
        var partial = DataPath(id) + ".part";
        await using (var file = File.Create(partial))
        {
            await data.CopyToAsync(file, cancellationToken);
        }

        var size = new FileInfo(partial).Length;
        File.Move(partial, DataPath(id));
        var attachment = new PendingAttachment(id, clientCaseId, Path.GetFileName(fileName), contentType, size, 0, false, null);
        await SaveAsync(attachment, cancellationToken);
        wake.Pull();
        return attachment;
    }

    public async Task<IReadOnlyList<PendingAttachment>> ForCaseAsync(string clientCaseId, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).Where(a => a.ClientCaseId == clientCaseId).ToList();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var attachment in (await AllAsync(stoppingToken)).Where(a => !a.Complete && a.Refusal is null))
            {
                if (!await SendAsync(attachment, stoppingToken))
                {
                    break;
                }
            }

            try
            {
                await wake.WaitAsync(settings.SyncEvery, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>False when the link is down, so the rest wait for the next round.</summary>
    private async Task<bool> SendAsync(PendingAttachment attachment, CancellationToken cancellationToken)
    {
        if ((await outbox.FindAsync(attachment.ClientCaseId, cancellationToken))?.Result?.CaseId is not { } caseId)
        {
            return true;
        }

        try
        {
            // A deadline that grows with the photo: a slow rural link still gets a whole photo through.
            var deadline = settings.CallTimeout + TimeSpan.FromSeconds(attachment.Size / (16 * 1024));
            var sent = await AttachmentUpload.RunAsync(session, attachment, DataPath(attachment.AttachmentId), caseId, deadline, cancellationToken);
            link.Answered();
            await SaveAsync(sent, cancellationToken);
            if (sent.Complete)
            {
                File.Delete(DataPath(sent.AttachmentId));
            }

            return true;
        }
        catch (Exception e) when (TransientFaults.IsTransient(e))
        {
            link.Unreachable(LinkResilience.Describe(e));
            if (e is RpcException { StatusCode: StatusCode.Unauthenticated })
            {
                session.Forget();
            }

            return false;
        }
        catch (SignInRefusedException e)
        {
            link.Refused(e.Message);
            return false;
        }
        catch (RpcException e)
        {
            logger.LogWarning("The gateway refused an attachment: {Status}", e.StatusCode);
            await SaveAsync(attachment with { Refusal = LinkResilience.Describe(e) }, cancellationToken);
            return true;
        }
    }

    private async Task<IReadOnlyList<PendingAttachment>> AllAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(settings.AttachmentFolder))
        {
            return [];
        }

        var all = new List<PendingAttachment>();
        foreach (var record in Directory.EnumerateFiles(settings.AttachmentFolder, "*.json"))
        {
            await using var stream = File.OpenRead(record);
            all.Add((await JsonSerializer.DeserializeAsync<PendingAttachment>(stream, cancellationToken: cancellationToken))!);
        }

        return all;
    }

    /// <summary>Written beside and then over the old record, so a crash leaves the old one or the new one, never half.</summary>
    private async Task SaveAsync(PendingAttachment attachment, CancellationToken cancellationToken)
    {
        await records.WaitAsync(cancellationToken);
        try
        {
            var path = Path.Combine(settings.AttachmentFolder, $"{attachment.AttachmentId}.json");
            await File.WriteAllTextAsync(path + ".new", JsonSerializer.Serialize(attachment), cancellationToken);
            File.Move(path + ".new", path, overwrite: true);
        }
        finally
        {
            records.Release();
        }
    }

    private string DataPath(string attachmentId) => Path.Combine(settings.AttachmentFolder, $"{attachmentId}.data");
}
