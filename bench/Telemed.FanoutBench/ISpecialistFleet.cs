namespace Telemed.FanoutBench;

/// <summary>Specialists' consoles connected to the hub, wherever they run, noting when each hears of a new consult.</summary>
public interface ISpecialistFleet : IAsyncDisposable
{
    Task ConnectAsync(string token);

    /// <summary>First <c>ConsultQueued</c> per connection and case, since the last call.</summary>
    Task<IReadOnlyList<Arrival>> TakeArrivalsAsync();

    /// <summary>CPU used so far by the process the consoles run in.</summary>
    Task<TimeSpan> CpuAsync();
}
