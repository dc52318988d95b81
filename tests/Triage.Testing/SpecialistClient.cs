using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Telemed.Hub.Calls;
using Telemed.Hub.Consults;

namespace Triage.Testing;

/// <summary>A specialist's real SignalR connection to the consult hub, keeping everything the hub pushed to it.</summary>
public sealed class SpecialistClient : IAsyncDisposable
{
    private readonly Channel<CaseEventNotice> notices = Channel.CreateUnbounded<CaseEventNotice>();
    private readonly Channel<ConsultSummary> queued = Channel.CreateUnbounded<ConsultSummary>();
    private readonly Channel<CallSignalNotice> callSignals = Channel.CreateUnbounded<CallSignalNotice>();

    private SpecialistClient(HubConnection connection, string specialistId)
    {
        Connection = connection;
        SpecialistId = specialistId;
        connection.On<CaseEventNotice>(nameof(IConsultClient.CaseEvent), n => notices.Writer.TryWrite(n));
        connection.On<ConsultSummary>(nameof(IConsultClient.ConsultQueued), c => queued.Writer.TryWrite(c));
        connection.On<CallSignalNotice>(nameof(IConsultClient.CallSignal), s => callSignals.Writer.TryWrite(s));
    }

    public HubConnection Connection { get; }

    public string SpecialistId { get; }

    public static Task<SpecialistClient> ConnectAsync(GatewayHost host, string specialistId, string role = "specialist") =>
        ConnectAsync(host.WebAddress, host.IssueToken(specialistId, role), specialistId);

    /// <summary>Connects to the hub of the gateway at <paramref name="webAddress"/> with a token it will accept.</summary>
    public static async Task<SpecialistClient> ConnectAsync(Uri webAddress, string token, string specialistId)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(webAddress, "/hubs/consult"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        var client = new SpecialistClient(connection, specialistId);
        await connection.StartAsync();
        // The handshake completes before the hub's OnConnectedAsync puts the connection in its groups, so a push right
        // after StartAsync could miss it; the hub answers a call only once OnConnectedAsync is done (a refusal too).
        try
        {
            await connection.InvokeAsync<IReadOnlyList<ConsultSummary>>(nameof(ConsultHub.GetQueue));
        }
        catch (HubException)
        {
        }

        return client;
    }

    /// <summary>The next pushed event notice that matches, within a generous bound for a loaded machine.</summary>
    public Task<CaseEventNotice> NextEventAsync(Func<CaseEventNotice, bool> match) => NextAsync(notices.Reader, match);

    public Task<ConsultSummary> NextQueuedAsync(Func<ConsultSummary, bool> match) => NextAsync(queued.Reader, match);

    /// <summary>The next call signal the feldsher's side sent this specialist.</summary>
    public Task<CallSignalNotice> NextCallSignalAsync(Func<CallSignalNotice, bool> match) => NextAsync(callSignals.Reader, match);

    public Task<T> InvokeAsync<T>(string method, params object?[] args) => Connection.InvokeCoreAsync<T>(method, args);

    public Task InvokeAsync(string method, params object?[] args) => Connection.InvokeCoreAsync(method, args);

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();

    private static async Task<T> NextAsync<T>(ChannelReader<T> reader, Func<T, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var item = await reader.ReadAsync(timeout.Token);
            if (match(item))
            {
                return item;
            }
        }
    }
}
