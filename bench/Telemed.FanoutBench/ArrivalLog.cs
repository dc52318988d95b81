using System.Collections.Concurrent;

namespace Telemed.FanoutBench;

/// <summary>Arrivals noted by many connections' receive loops, handed over in batches.</summary>
public sealed class ArrivalLog
{
    private readonly ConcurrentQueue<Arrival> arrivals = new();

    public void Note(string caseId, long at) => arrivals.Enqueue(new Arrival(caseId, at));

    public IReadOnlyList<Arrival> Take()
    {
        var taken = new List<Arrival>();
        while (arrivals.TryDequeue(out var arrival))
        {
            taken.Add(arrival);
        }

        return taken;
    }
}
