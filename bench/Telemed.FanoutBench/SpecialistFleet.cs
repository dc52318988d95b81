using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using Telemed.Hub.Consults;

namespace Telemed.FanoutBench;

/// <summary>Real SignalR client connections in this process, as the console's .NET twin (JSON protocol, WebSockets).</summary>
public sealed class SpecialistFleet(Uri hub) : ISpecialistFleet
{
    private readonly ArrivalLog arrivals = new();
    private readonly List<HubConnection> connections = [];

    public async Task ConnectAsync(string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(hub, o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        var seen = new ConcurrentDictionary<string, bool>();
        connection.On<ConsultSummary>(nameof(IConsultClient.ConsultQueued), summary =>
        {
            // The notice may beat the reply to the terminal, so arrival times are matched to submissions afterwards.
            var now = Stopwatch.GetTimestamp();
            if (seen.TryAdd(summary.CaseId, true))
            {
                arrivals.Note(summary.CaseId, now);
            }
        });
        await connection.StartAsync();
        connections.Add(connection);
    }

    public Task<IReadOnlyList<Arrival>> TakeArrivalsAsync() => Task.FromResult(arrivals.Take());

    public Task<TimeSpan> CpuAsync() => Task.FromResult(Process.GetCurrentProcess().TotalProcessorTime);

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
    }
}
